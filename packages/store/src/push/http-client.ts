import { makeIssue } from '@qingdan/core';
import { type DigestChallenge, digestAuthorization, parseDigestChallenge } from './digest.js';
import { type AttemptFailure, answerText, statusFailure, thrownFailure } from './failure-cause.js';
import { PushError } from './push-error.js';

/**
 * User and password for a SPARQL service; never printed.
 *
 * @example
 * ```ts
 * const credentials: Credentials = { user: process.env.QINGDAN_SPARQL_USER ?? '', password: '…' };
 * ```
 */
export interface Credentials {
  readonly user: string;
  readonly password: string;
}

/**
 * How requests are retried: on 5xx answers, timeouts and broken connections, never on 4xx nor
 * on a failure that would only come back (a blocked port, an unknown host, an untrusted
 * certificate, 501 or 505).
 *
 * @example
 * ```ts
 * const retry: RetryOptions = { attempts: 3, backoffMs: 200, timeoutMs: 30_000 };
 * ```
 */
export interface RetryOptions {
  /** Attempts in all, the first included (5 by default). */
  readonly attempts?: number;
  /** Wait before the second attempt, doubled for each further one (500 ms by default). */
  readonly backoffMs?: number;
  /** A request that takes longer is abandoned and retried (120 s by default). */
  readonly timeoutMs?: number;
}

/**
 * One request to a SPARQL service.
 *
 * @example
 * ```ts
 * const request: ServiceRequest = { method: 'GET', url: 'http://127.0.0.1:3030/ds/query?query=ASK%7B%7D' };
 * ```
 */
export interface ServiceRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly url: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

/**
 * What the client reports of retries, for the summary and progress.
 *
 * @example
 * ```ts
 * const events: ClientEvents = { onRetry: ({ url, attempt }) => console.error(`retry ${attempt}: ${url}`) };
 * ```
 */
export interface ClientEvents {
  /** Called before a request is tried again, with why the last try failed. */
  readonly onRetry?: (info: { url: string; attempt: number; reason: string }) => void;
}

/**
 * The URL without credentials or query, for messages.
 *
 * @example
 * ```ts
 * displayUrl('http://u:p@127.0.0.1:8890/sparql-auth?x=1'); // 'http://127.0.0.1:8890/sparql-auth'
 * ```
 */
export function displayUrl(url: string): string {
  const u = new URL(url);
  return `${u.origin}${u.pathname}`;
}

/**
 * Makes requests to a SPARQL service: answers a Basic or Digest challenge with the credentials
 * (keeping the Digest nonce for the requests after), and retries with exponential backoff on
 * 5xx answers, timeouts and network errors — never on 4xx, nor on a failure that would only
 * come back (see {@link RetryOptions}). A
 * request still failing is a {@link PushError} (`sparql-endpoint-refused` for an answer,
 * `sparql-endpoint-unreachable` for none), whose messages name the URL without credentials.
 *
 * @example
 * ```ts
 * const client = new ServiceClient({ user: 'dba', password: 'dba' });
 * const res = await client.request({ method: 'GET', url: 'http://127.0.0.1:8890/sparql?query=ASK%7B%7D' });
 * ```
 */
export class ServiceClient {
  readonly #credentials: Credentials | undefined;
  readonly #attempts: number;
  readonly #backoffMs: number;
  readonly #timeoutMs: number;
  readonly #events: ClientEvents;
  /** The last Digest challenge of each origin and path, with its nonce count. */
  readonly #digest = new Map<string, { challenge: DigestChallenge; count: number }>();
  /** Origins that asked for Basic authentication. */
  readonly #basic = new Set<string>();
  /** How many requests were retried. */
  retries = 0;

  constructor(credentials?: Credentials, retry: RetryOptions = {}, events: ClientEvents = {}) {
    this.#credentials = credentials;
    this.#attempts = Math.max(1, retry.attempts ?? 5);
    this.#backoffMs = retry.backoffMs ?? 500;
    this.#timeoutMs = retry.timeoutMs ?? 120_000;
    this.#events = events;
  }

  #authorization(request: ServiceRequest): string | undefined {
    if (!this.#credentials) return undefined;
    const u = new URL(request.url);
    const digest = this.#digest.get(`${u.origin}${u.pathname}`);
    if (digest) {
      digest.count++;
      return digestAuthorization(
        digest.challenge,
        this.#credentials,
        request.method,
        `${u.pathname}${u.search}`,
        digest.count,
      );
    }
    if (this.#basic.has(u.origin))
      return `Basic ${Buffer.from(`${this.#credentials.user}:${this.#credentials.password}`).toString('base64')}`;
    return undefined;
  }

  /** One exchange, answering a first authentication challenge once. */
  async #exchange(request: ServiceRequest): Promise<Response> {
    for (let challenged = false; ; challenged = true) {
      const authorization = this.#authorization(request);
      const res = await fetch(request.url, {
        method: request.method,
        headers: { ...request.headers, ...(authorization ? { authorization } : {}) },
        ...(request.body !== undefined ? { body: request.body } : {}),
        signal: AbortSignal.timeout(this.#timeoutMs),
      });
      if (res.status !== 401 || !this.#credentials || challenged) return res;
      const header = res.headers.get('www-authenticate');
      const u = new URL(request.url);
      const digest = parseDigestChallenge(header);
      if (digest) this.#digest.set(`${u.origin}${u.pathname}`, { challenge: digest, count: 0 });
      else if (header && /^\s*basic/iu.test(header)) this.#basic.add(u.origin);
      else return res;
      await res.arrayBuffer();
    }
  }

  /**
   * Sends the request; resolves with a 2xx answer, or throws {@link PushError}. A failure that
   * would only come back again (see `failure-cause.ts`) is not retried.
   */
  async request(request: ServiceRequest): Promise<Response> {
    let failure: AttemptFailure | undefined;
    let attempt = 1;
    for (; attempt <= this.#attempts; attempt++) {
      if (failure) {
        this.retries++;
        this.#events.onRetry?.({ url: displayUrl(request.url), attempt, reason: failure.detail });
        await new Promise((r) => setTimeout(r, this.#backoffMs * 2 ** (attempt - 2)));
      }
      let res: Response;
      try {
        res = await this.#exchange(request);
      } catch (error) {
        failure = thrownFailure(error);
        if (failure.permanent) break;
        continue;
      }
      if (res.ok) return res;
      const body = await res.text();
      if (res.status < 500) {
        const text = answerText(body);
        // The credentials' advice, or the service's own answer, quoted as it gave it.
        const refusal =
          res.status === 401 || res.status === 403
            ? { reason: 'credentials' }
            : { reason: 'refused', ...(text ? { answer: text } : {}) };
        throw new PushError(
          makeIssue('sparql-endpoint-refused', 'error', [], {
            url: displayUrl(request.url),
            status: res.status,
            ...refusal,
          }),
        );
      }
      failure = statusFailure(res.status, body);
      if (failure.permanent) break;
    }
    throw new PushError(
      makeIssue('sparql-endpoint-unreachable', 'error', [], {
        url: displayUrl(request.url),
        attempts: Math.min(attempt, this.#attempts),
        cause: failure?.cause ?? 'network',
        reason: failure?.detail ?? '',
      }),
    );
  }
}
