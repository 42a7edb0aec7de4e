// JSON-LD to quads with jsonld.js, serving our context from memory and refusing every other
// remote document, so that no test ever fetches anything.
import { qingdanContext, qingdanContextIri } from '@qingdan/vocab';
import jsonld from 'jsonld';
import type { JsonLd, RemoteDocument } from 'jsonld/jsonld-spec';
import { DataFactory, type Quad, type Term } from 'n3';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

interface JsonLdTerm {
  termType: string;
  value: string;
  language?: string;
  datatype?: { value: string };
}

function term(t: JsonLdTerm): Term {
  if (t.termType === 'NamedNode') return namedNode(t.value);
  if (t.termType === 'BlankNode') return blankNode(t.value.replace(/^_:/, ''));
  if (t.termType === 'Literal')
    return t.language ? literal(t.value, t.language) : literal(t.value, namedNode(t.datatype?.value ?? ''));
  return defaultGraph();
}

// The context is a typed constant; jsonld's types want @version as a string, so it goes as JSON.
const documentLoader = async (url: string): Promise<RemoteDocument> => {
  if (url === qingdanContextIri)
    return { contextUrl: undefined, documentUrl: url, document: qingdanContext as unknown as JsonLd };
  throw new Error(`refusing to load ${url}`);
};

export async function jsonLdQuads(document: object): Promise<Quad[]> {
  const dataset = (await jsonld.toRDF(document as jsonld.JsonLdDocument, {
    documentLoader,
  } as jsonld.Options.ToRdf)) as unknown as { subject: JsonLdTerm; predicate: JsonLdTerm; object: JsonLdTerm; graph: JsonLdTerm }[];
  return dataset.map((q) => quad(term(q.subject) as never, term(q.predicate) as never, term(q.object) as never, term(q.graph) as never));
}
