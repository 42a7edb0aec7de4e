import { type Issue, makeIssue } from '@qingdan/core';

/**
 * Why a base IRI is refused; the sub-code of the `base-iri-invalid` issue.
 *
 * @example
 * ```ts
 * const problem: BaseIriProblem = 'fragment';
 * ```
 */
export type BaseIriProblem =
  | 'characters'
  | 'not-absolute'
  | 'scheme'
  | 'authority'
  | 'not-normal'
  | 'query'
  | 'fragment'
  | 'dot-segment'
  | 'trailing-slash';

// Characters RFC 3987 keeps out of an IRI: controls, space and the delimiters below.
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are exactly what is refused.
const forbidden = /[\u0000-\u0020\u007f-\u009f<>"{}|^`\\\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const absolute = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/;
const dotSegment = /^(\.|\.\.|%2e|%2e%2e|\.%2e|%2e\.)$/i;

/**
 * What is wrong with a base IRI, or `undefined` when it can be used. Every IRI of an edition is
 * the base followed by path segments, in every format; a base that a JSON-LD processor or a
 * Turtle reader would resolve or normalise otherwise than by plain concatenation (a query, a
 * fragment, `.` or `..` segments, an upper-case host, a default port) would give one thing two
 * IRIs. So the base is an absolute http(s) IRI with a host, no user, query or fragment, no dot
 * segments, in normal form, ending in `/`.
 *
 * @example
 * ```ts
 * baseIriProblem('https://data.example.org/qingdan/'); // undefined
 * baseIriProblem('https://data.example.org/qingdan/#x'); // 'fragment'
 * ```
 */
export function baseIriProblem(base: string): BaseIriProblem | undefined {
  if (forbidden.test(base)) return 'characters';
  const parts = absolute.exec(base);
  if (!parts) return 'not-absolute';
  const [, scheme = '', authority = '', path = ''] = parts;
  if (scheme !== 'http' && scheme !== 'https') return 'scheme';
  const host = authority.replace(/:\d*$/, '');
  if (host === '' || authority.includes('@')) return 'authority';
  if (
    host !== host.toLowerCase() ||
    /:$/.test(authority) ||
    (scheme === 'http' && authority.endsWith(':80')) ||
    (scheme === 'https' && authority.endsWith(':443'))
  )
    return 'not-normal';
  if (base.includes('?')) return 'query';
  if (base.includes('#')) return 'fragment';
  if (path.split('/').some((segment) => dotSegment.test(segment))) return 'dot-segment';
  if (!base.endsWith('/')) return 'trailing-slash';
  return undefined;
}

/**
 * The `base-iri-invalid` issue for a base IRI that cannot be used, or `undefined`.
 *
 * @example
 * ```ts
 * checkBaseIri('https://data.example.org/qingdan'); // { code: 'base-iri-invalid', params: { reason: 'trailing-slash', … } }
 * ```
 */
export function checkBaseIri(base: string): Issue | undefined {
  const reason = baseIriProblem(base);
  return reason === undefined
    ? undefined
    : makeIssue('base-iri-invalid', 'error', [], { iri: base, reason });
}
