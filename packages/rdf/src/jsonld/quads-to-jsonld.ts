import { rdf, xsd } from '@qingdan/vocab';
import type { Quad, Term } from '@rdfjs/types';
import { commonPrefixes, prefixShortener } from '../serialize/index.js';

const rdfType = rdf.type;
const xsdString = xsd.string;

type JsonValue = string | { readonly [key: string]: string };

/**
 * Any quads as a JSON-LD document: a context of prefixes and a `@graph` of one node object per
 * subject, in order of first appearance, with prefixed names where a prefix fits. Graph names are
 * dropped. Meant for small graphs such as the catalog; a duty list's own JSON-LD is written by
 * {@link dutyListToJsonLd}, which reads like the list file.
 *
 * @example
 * ```ts
 * const doc = quadsToJsonLd(catalogQuads(editions, options));
 * JSON.stringify(doc, null, 2);
 * ```
 */
export function quadsToJsonLd(
  quads: Iterable<Quad>,
  prefixes: Readonly<Record<string, string>> = {},
): { '@context': Record<string, string>; '@graph': Record<string, unknown>[] } {
  const context = { ...commonPrefixes, ...prefixes };
  const shorten = prefixShortener(context);
  const compact = (iri: string) => shorten(iri) ?? iri;
  const id = (term: Term) => (term.termType === 'BlankNode' ? `_:${term.value}` : term.value);
  const nodes = new Map<string, Record<string, JsonValue[]>>();
  for (const q of quads) {
    const subject = id(q.subject);
    let node = nodes.get(subject);
    if (!node) {
      node = {};
      nodes.set(subject, node);
    }
    let key: string;
    let value: JsonValue;
    if (q.predicate.value === rdfType && q.object.termType === 'NamedNode') {
      key = '@type';
      value = compact(q.object.value);
    } else {
      key = compact(q.predicate.value);
      const o = q.object;
      if (o.termType === 'Literal') {
        if (o.language !== '') value = { '@value': o.value, '@language': o.language };
        else if (o.datatype.value === xsdString) value = o.value;
        else value = { '@value': o.value, '@type': compact(o.datatype.value) };
      } else value = { '@id': id(o) };
    }
    const values = node[key];
    if (values) values.push(value);
    else node[key] = [value];
  }
  const graph: Record<string, unknown>[] = [];
  for (const [subject, node] of nodes) graph.push({ '@id': subject, ...node });
  return { '@context': context, '@graph': graph };
}
