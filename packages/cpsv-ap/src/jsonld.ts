import { rdf, xsd } from '@qingdan/vocab';
import type { Quad } from '@rdfjs/types';
import { cpsvContext, cpsvContextIri } from './standards.js';

/** What the official context offers: a name for each class, `Class.property` names by predicate. */
interface Terms {
  readonly classes: ReadonlyMap<string, string>;
  /** By predicate IRI: the `Class.property` terms, by class name. */
  readonly properties: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

let terms: Terms | undefined;

function contextTerms(): Terms {
  if (terms) return terms;
  const classes = new Map<string, string>();
  const properties = new Map<string, Map<string, string>>();
  for (const [name, def] of Object.entries(cpsvContext()['@context'])) {
    if (typeof def === 'string') {
      if (!name.includes('.') && !classes.has(def)) classes.set(def, name);
      continue;
    }
    const d = def as Readonly<Record<string, unknown>>;
    const dot = name.indexOf('.');
    // A term that is a set (or plain) takes explicit value objects as they are; a language or
    // list container would change what they mean, so such terms are not used.
    if (dot < 0 || typeof d['@id'] !== 'string') continue;
    if (d['@container'] !== undefined && d['@container'] !== '@set') continue;
    const byClass = properties.get(d['@id']) ?? new Map<string, string>();
    byClass.set(name.slice(0, dot), name);
    properties.set(d['@id'], byClass);
  }
  terms = { classes, properties };
  return terms;
}

type NodeObject = Record<string, unknown> & { '@id': string };

function objectOf(term: Quad['object']): unknown {
  if (term.termType === 'Literal') {
    if (term.language) return { '@value': term.value, '@language': term.language };
    if (term.datatype.value === xsd.string) return { '@value': term.value };
    return { '@value': term.value, '@type': term.datatype.value };
  }
  return { '@id': term.termType === 'BlankNode' ? `_:${term.value}` : term.value };
}

const idOf = (term: Quad['subject']) =>
  term.termType === 'BlankNode' ? `_:${term.value}` : term.value;

/**
 * A CPSV-AP graph as a JSON-LD document under the official context: one node object per
 * subject in the order the quads give them, classes by their context names
 * (`PublicService`), properties by the `Class.property` term of one of the node's classes
 * (`PublicService.name`) or, where the context has none, by full IRI. Every value is an
 * explicit value object (`{"@value", "@language"}`), since under the context a plain string
 * is an `xsd:string` and fails the shapes' `rdf:langString`.
 *
 * @example
 * ```ts
 * const doc = quadsToCpsvJsonLd(cpsvQuads(list, { base }));
 * doc['@context']; // cpsvContextIri
 * ```
 */
export function quadsToCpsvJsonLd(quads: Iterable<Quad>): {
  readonly '@context': string;
  readonly '@graph': readonly NodeObject[];
} {
  const { classes, properties } = contextTerms();
  const nodes = new Map<string, { node: NodeObject; types: string[] }>();
  const at = (id: string) => {
    let n = nodes.get(id);
    if (!n) {
      n = { node: { '@id': id }, types: [] };
      nodes.set(id, n);
    }
    return n;
  };
  const all = [...quads];
  for (const q of all)
    if (q.predicate.value === rdf.type && q.object.termType === 'NamedNode')
      at(idOf(q.subject)).types.push(q.object.value);
  for (const q of all) {
    const n = at(idOf(q.subject));
    if (q.predicate.value === rdf.type) continue;
    const byClass = properties.get(q.predicate.value);
    let key = q.predicate.value;
    if (byClass)
      for (const t of n.types) {
        const name = byClass.get(classes.get(t) ?? '');
        if (name !== undefined) {
          key = name;
          break;
        }
      }
    const values = (n.node[key] as unknown[] | undefined) ?? [];
    values.push(objectOf(q.object));
    n.node[key] = values;
  }
  const graph: NodeObject[] = [];
  for (const { node, types } of nodes.values()) {
    if (Object.keys(node).length === 1 && types.length === 0) continue;
    const { '@id': id, ...properties } = node;
    graph.push(
      types.length === 0
        ? node
        : { '@id': id, '@type': types.map((t) => classes.get(t) ?? t), ...properties },
    );
  }
  return { '@context': cpsvContextIri, '@graph': graph };
}
