/** The formats `publish` can write, in the order they are written. */
export const publicationFormats = ['jsonld', 'ttl', 'nt', 'nq'] as const;

/**
 * One output format: its file extension is its name.
 *
 * @example
 * ```ts
 * const f: PublicationFormat = 'ttl';
 * ```
 */
export type PublicationFormat = (typeof publicationFormats)[number];

/**
 * The media type of each format, as DCAT distributions and web servers state it.
 *
 * @example
 * ```ts
 * mediaTypes.ttl; // 'text/turtle'
 * ```
 */
export const mediaTypes: Readonly<Record<PublicationFormat, string>> = {
  jsonld: 'application/ld+json',
  ttl: 'text/turtle',
  nt: 'application/n-triples',
  nq: 'application/n-quads',
};

/**
 * Reads a comma-separated list of formats (`jsonld,ttl`); gives back the unknown names when
 * there are any. Repeats are dropped; the order is always that of {@link publicationFormats}.
 *
 * @example
 * ```ts
 * parseFormats('ttl,nt'); // { ok: true, formats: ['ttl', 'nt'] }
 * parseFormats('rdfxml'); // { ok: false, unknown: ['rdfxml'] }
 * ```
 */
export function parseFormats(
  text: string,
):
  | { readonly ok: true; readonly formats: readonly PublicationFormat[] }
  | { readonly ok: false; readonly unknown: readonly string[] } {
  const names = text
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  const known = new Set<string>(publicationFormats);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0 || names.length === 0) return { ok: false, unknown };
  return { ok: true, formats: publicationFormats.filter((f) => names.includes(f)) };
}
