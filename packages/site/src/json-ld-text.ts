import { commonPrefixes, prefixShortener } from '@qingdan/rdf';
import { rdf, xsd } from '@qingdan/vocab';
import type { Quad, Term } from '@rdfjs/types';

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
  const nodes = new Map<string, Map<string, string[]>>();
  for (const q of all) {
    const subject = nodeId(q.subject);
    let node = nodes.get(subject);
    if (!node) {
      node = new Map();
      nodes.set(subject, node);
    }
    let key: string;
    let value: string;
    const o = q.object;
    if (q.predicate.value === rdf.type && o.termType === 'NamedNode') {
      key = '@type';
      value = JSON.stringify(compact(o.value));
    } else {
      key = compact(q.predicate.value);
      if (o.termType === 'Literal') {
        if (o.language !== '')
          value = `{"@value":${JSON.stringify(o.value)},"@language":${JSON.stringify(o.language)}}`;
        else if (o.datatype.value === xsd.string) value = JSON.stringify(o.value);
        else
          value = `{"@value":${JSON.stringify(o.value)},"@type":${JSON.stringify(compact(o.datatype.value))}}`;
      } else value = `{"@id":${JSON.stringify(nodeId(o))}}`;
    }
    const values = node.get(key);
    if (values) values.push(value);
    else node.set(key, [value]);
  }
  const texts = new Map<string, string>();
  for (const [subject, node] of nodes) {
    let text = `{"@id":${JSON.stringify(subject)}`;
    for (const [key, values] of node) text += `,${JSON.stringify(key)}:[${values.join(',')}]`;
    texts.set(subject, `${text}}`);
  }
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
