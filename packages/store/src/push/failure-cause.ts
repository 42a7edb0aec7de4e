/**
 * Why a request to a SPARQL service got no usable answer, as the `cause` of
 * `sparql-endpoint-unreachable`. Some causes only come back the same however often the request is
 * tried (a port fetch will not open, a host name that does not exist, a certificate not trusted,
 * a method the server does not implement): those are not retried, so a mistyped `--endpoint`
 * fails at once with what to fix rather than after a minute of backoff.
 */
export type FailureCause =
  | 'bad-port'
  | 'host-not-found'
  | 'certificate'
  | 'connection-refused'
  | 'timeout'
  | 'not-implemented'
  | 'server-error'
  | 'network';

/** A failed attempt: its cause, whether trying again could help, and the text behind it. */
export interface AttemptFailure {
  readonly cause: FailureCause;
  readonly permanent: boolean;
  /** What the runtime or the server said, for the message. */
  readonly detail: string;
}

/** Node's TLS error codes for a certificate the client will not trust. */
const certificateCodes = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_REVOKED',
]);

function codeOf(error: unknown): string {
  if (typeof error !== 'object' || error === null || !('code' in error)) return '';
  return String(error.code);
}

/**
 * The cause of an attempt that threw: fetch wraps the network error in `TypeError('fetch
 * failed')` with the error itself as `cause`; a timeout is the abort signal's `TimeoutError`.
 */
export function thrownFailure(error: unknown): AttemptFailure {
  const inner = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const detail = inner instanceof Error ? inner.message : String(inner);
  const code = codeOf(inner);
  if (inner instanceof Error && inner.name === 'TimeoutError')
    return { cause: 'timeout', permanent: false, detail };
  // undici refuses the Fetch standard's "bad ports" (9, 25, 6000…) before connecting.
  if (detail === 'bad port') return { cause: 'bad-port', permanent: true, detail };
  if (code === 'ENOTFOUND') return { cause: 'host-not-found', permanent: true, detail };
  if (certificateCodes.has(code)) return { cause: 'certificate', permanent: true, detail };
  if (code === 'ECONNREFUSED') return { cause: 'connection-refused', permanent: false, detail };
  return { cause: 'network', permanent: false, detail };
}

/**
 * An answer's body as one line of plain text, at most 300 characters, for a message: servers
 * often answer errors with an HTML page, whose tags would fill the message.
 */
export function answerText(body: string): string {
  const text = /<\/?[a-z!][^>]*>/iu.test(body)
    ? body.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/giu, ' ').replace(/<[^>]*>/gu, ' ')
    : body;
  return text
    .replace(/&nbsp;/gu, ' ')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 300);
}

/**
 * The cause of a 5xx answer: 501 (not implemented) and 505 (HTTP version) would only come back
 * again; the others (a server busy, restarting, or behind a failing proxy) may pass.
 */
export function statusFailure(status: number, body: string): AttemptFailure {
  const text = answerText(body);
  const detail = `HTTP ${status}${text ? ` ${text}` : ''}`;
  if (status === 501 || status === 505)
    return { cause: 'not-implemented', permanent: true, detail };
  return { cause: 'server-error', permanent: false, detail };
}
