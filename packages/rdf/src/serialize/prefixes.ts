import { namespaces } from '@qingdan/vocab';

/**
 * Prefixes every Turtle file we write declares, besides the caller's own: the W3C and DCMI
 * vocabularies the published graphs and the catalog use.
 *
 * @example
 * ```ts
 * commonPrefixes.xsd; // 'http://www.w3.org/2001/XMLSchema#'
 * ```
 */
export const commonPrefixes: Readonly<Record<string, string>> = {
  rdf: namespaces.rdf,
  rdfs: namespaces.rdfs,
  xsd: namespaces.xsd,
  dct: namespaces.dct,
  dcat: namespaces.dcat,
  skos: namespaces.skos,
  prov: namespaces.prov,
  foaf: namespaces.foaf,
  spdx: namespaces.spdx,
};

/** A local name every Turtle parser takes after a prefix: no escapes, no leading or final dot. */
const safeLocalName = /^[\p{L}\p{N}_]([\p{L}\p{N}_.-]*[\p{L}\p{N}_-])?$|^$/u;

/**
 * Shortens IRIs to prefixed names where a declared namespace ends at the IRI's last `/` or `#`
 * and what follows is a plain local name; returns `undefined` otherwise.
 *
 * @example
 * ```ts
 * const shorten = prefixShortener({ xsd: 'http://www.w3.org/2001/XMLSchema#' });
 * shorten('http://www.w3.org/2001/XMLSchema#date'); // 'xsd:date'
 * ```
 */
export function prefixShortener(
  prefixes: Readonly<Record<string, string>>,
): (iri: string) => string | undefined {
  const byNamespace = new Map<string, string>();
  for (const [prefix, namespace] of Object.entries(prefixes)) {
    const last = namespace.at(-1);
    // Only namespaces that end where the lookup cuts can ever match.
    if ((last === '/' || last === '#') && !byNamespace.has(namespace))
      byNamespace.set(namespace, prefix);
  }
  // Namespaces by length, so an IRI whose cut matches none costs no substring or lookup.
  const byLength = new Map<number, [string, string][]>();
  for (const [namespace, prefix] of byNamespace) {
    const same = byLength.get(namespace.length);
    if (same === undefined) byLength.set(namespace.length, [[namespace, prefix]]);
    else same.push([namespace, prefix]);
  }
  return (iri) => {
    const cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#')) + 1;
    if (cut === 0) return undefined;
    const candidates = byLength.get(cut);
    if (candidates === undefined) return undefined;
    for (const [namespace, prefix] of candidates) {
      if (!iri.startsWith(namespace)) continue;
      const local = iri.slice(cut);
      return safeLocalName.test(local) ? `${prefix}:${local}` : undefined;
    }
    return undefined;
  };
}

/**
 * Whether a prefix label is valid in Turtle (`PN_PREFIX`, ASCII subset).
 *
 * @example
 * ```ts
 * isPrefixLabel('dcat'); // true
 * ```
 */
export function isPrefixLabel(label: string): boolean {
  return /^([A-Za-z]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?)?$/.test(label);
}
