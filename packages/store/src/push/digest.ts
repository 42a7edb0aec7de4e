import { createHash, randomBytes } from 'node:crypto';

/** The parameters of a `WWW-Authenticate: Digest …` challenge. */
export type DigestChallenge = Readonly<Record<string, string>>;

/**
 * The parameters of a Digest challenge (RFC 7616), or `undefined` for another scheme.
 *
 * @example
 * ```ts
 * parseDigestChallenge('Digest realm="SPARQL", nonce="abc", qop="auth"')?.nonce; // 'abc'
 * ```
 */
export function parseDigestChallenge(header: string | null): DigestChallenge | undefined {
  if (!header || !/^\s*digest\s/iu.test(header)) return undefined;
  const params: Record<string, string> = {};
  for (const m of header
    .replace(/^\s*digest\s+/iu, '')
    .matchAll(/([\w-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))/gu))
    params[(m[1] as string).toLowerCase()] =
      m[2] !== undefined ? m[2].replace(/\\(.)/gu, '$1') : (m[3] ?? '');
  return params;
}

const hash = (algorithm: string, text: string) =>
  createHash(algorithm).update(text, 'utf8').digest('hex');

/**
 * The `Authorization` header answering a Digest challenge for one request (MD5 or SHA-256,
 * `qop=auth`, or the RFC 2069 form without qop). `count` is the nonce count: one more for each
 * request made with the same nonce.
 *
 * @example
 * ```ts
 * digestAuthorization(challenge, { user: 'dba', password: 'dba' }, 'POST', '/sparql-auth', 1);
 * ```
 */
export function digestAuthorization(
  challenge: DigestChallenge,
  credentials: { readonly user: string; readonly password: string },
  method: string,
  uri: string,
  count: number,
): string {
  const algorithm = (challenge.algorithm ?? 'MD5').toUpperCase();
  const h = (text: string) => hash(algorithm.startsWith('SHA-256') ? 'sha256' : 'md5', text);
  const realm = challenge.realm ?? '';
  const nonce = challenge.nonce ?? '';
  const qop = (challenge.qop ?? '')
    .split(',')
    .map((q) => q.trim())
    .includes('auth')
    ? 'auth'
    : undefined;
  const cnonce = randomBytes(8).toString('hex');
  const nc = count.toString(16).padStart(8, '0');
  let ha1 = h(`${credentials.user}:${realm}:${credentials.password}`);
  if (algorithm.endsWith('-SESS')) ha1 = h(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = h(`${method}:${uri}`);
  const response = qop
    ? h(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`)
    : h(`${ha1}:${nonce}:${ha2}`);
  const quote = (s: string) => `"${s.replace(/(["\\])/gu, '\\$1')}"`;
  const parts = [
    `username=${quote(credentials.user)}`,
    `realm=${quote(realm)}`,
    `nonce=${quote(nonce)}`,
    `uri=${quote(uri)}`,
    `algorithm=${challenge.algorithm ?? 'MD5'}`,
    `response=${quote(response)}`,
    ...(challenge.opaque !== undefined ? [`opaque=${quote(challenge.opaque)}`] : []),
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce=${quote(cnonce)}`] : []),
  ];
  return `Digest ${parts.join(', ')}`;
}
