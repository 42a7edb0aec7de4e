/**
 * The media type of `offered` the client prefers by its `Accept` header (RFC 9110 q-values and
 * wildcards), the first offered when the header is absent, or `undefined` when it accepts none.
 *
 * @example
 * ```ts
 * preferredType('text/csv;q=0.5, application/sparql-results+json', ['text/csv', 'application/sparql-results+json']);
 * // 'application/sparql-results+json'
 * ```
 */
export function preferredType(
  accept: string | undefined,
  offered: readonly string[],
): string | undefined {
  if (accept === undefined || accept.trim() === '') return offered[0];
  const ranges = accept.split(',').map((part) => {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    return { range, q: q ? Number(q.slice(2)) : 1 };
  });
  let best: { type: string; q: number } | undefined;
  for (const type of offered) {
    const [major] = type.split('/');
    // The most specific range that names a type decides its q.
    let q = 0;
    let specificity = 0;
    for (const r of ranges) {
      const s = r.range === type ? 3 : r.range === `${major}/*` ? 2 : r.range === '*/*' ? 1 : 0;
      if (s > specificity) {
        specificity = s;
        q = r.q;
      }
    }
    // Ties keep the server's order.
    if (q > 0 && (!best || q > best.q)) best = { type, q };
  }
  return best?.type;
}
