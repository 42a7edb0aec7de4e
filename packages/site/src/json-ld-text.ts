import { commonPrefixes, prefixShortener } from '@qingdan/rdf';
import { rdf, xsd } from '@qingdan/vocab';
import type { Quad, Term } from '@rdfjs/types';

// Read once: the vocabulary's namespaces make their IRIs on access.
const rdfType = rdf.type;
const xsdString = xsd.string;

type JsonValue = string | { readonly [key: string]: string };

const nodeId = (term: Term) => (term.termType === 'BlankNode' ? `_:${term.value}` : term.value);

/**
 * The JSON text of the linked data of any page cut from a graph by subject (every quad of a
 * subject on the page): the same text as `JSON.stringify` of `@qingdan/rdf`'s `quadsToJsonLd` of
 * the page's quads, made from text each node's JSON was written to once for the whole graph.
 * `quadsToJsonLd` keeps a subject's quads in their order and lists subjects in order of first
 * appearance, so a page's document is the context and the nodes of its subjects; each node is
 * written here as `JSON.stringify` writes the node object `quadsToJsonLd` makes (a property test
 * holds the two to the same text), without the objects.
 *
 * @example
 * ```ts
 * const text = jsonLdText(editionQuads, vocabularyRenderer.prefixes);
 * text(dutyQuads) === JSON.stringify(quadsToJsonLd(dutyQuads, vocabularyRenderer.prefixes)); // true
 * ```
 */
export function jsonLdText(
  all: readonly Quad[],
  prefixes: Readonly<Record<string, string>>,
): (part: readonly Quad[]) => string {
  const context = { ...commonPrefixes, ...prefixes };
  const shorten = prefixShortener(context);
  // Predicates, classes and datatypes: a vocabulary's worth of IRIs, each shortened once.
  const short = new Map<string, string>();
  const compact = (iri: string) => {
    let name = short.get(iri);
    if (name === undefined) {
      name = shorten(iri) ?? iri;
      short.set(iri, name);
    }
    return name;
  };
  // Node objects as `quadsToJsonLd` makes them, `@id` first, each written once by `JSON.stringify`.
  const nodes = new Map<string, Record<string, unknown[] | string>>();
  for (const q of all) {
    const subject = nodeId(q.subject);
    let node = nodes.get(subject);
    if (!node) {
      node = { '@id': subject };
      nodes.set(subject, node);
    }
    let key: string;
    let value: JsonValue;
    const o = q.object;
    if (q.predicate.value === rdfType && o.termType === 'NamedNode') {
      key = '@type';
      value = compact(o.value);
    } else {
      key = compact(q.predicate.value);
      if (o.termType === 'Literal') {
        const language = o.language;
        if (language !== '') value = { '@value': o.value, '@language': language };
        else {
          const datatype = o.datatype.value;
          value =
            datatype === xsdString ? o.value : { '@value': o.value, '@type': compact(datatype) };
        }
      } else value = { '@id': nodeId(o) };
    }
    const values = node[key];
    if (Array.isArray(values)) values.push(value);
    else node[key] = [value];
  }
  const texts = new Map<string, string>();
  for (const [subject, node] of nodes) texts.set(subject, JSON.stringify(node));
  nodes.clear();
  const head = `{"@context":${JSON.stringify(context)},"@graph":[`;
  return (part) => {
    const seen = new Set<string>();
    let text = head;
    for (const quad of part) {
      const id = nodeId(quad.subject);
      if (seen.has(id)) continue;
      text += `${seen.size > 0 ? ',' : ''}${texts.get(id)}`;
      seen.add(id);
    }
    return `${text}]}`;
  };
}
