import { type DutyList, makeIssue } from '@qingdan/core';
import { vocabularyIri } from '@qingdan/rdf';
import { schemeIri, schemeTurtles, vocabularyTurtle } from '@qingdan/vocab';
import { namedNode, Store } from 'oxigraph';
import { QueryError } from '../query/query-error.js';
import { editionNTriples } from './edition-ntriples.js';

/**
 * What loading one graph gave: its name and how many triples went in.
 *
 * @example
 * ```ts
 * const { graph, triples }: LoadedGraph = store.loadEdition(list, base);
 * ```
 */
export interface LoadedGraph {
  readonly graph: string;
  readonly triples: number;
}

/**
 * An in-process SPARQL store (oxigraph, compiled to WebAssembly) holding editions, one named
 * graph per edition IRI, beside the vocabulary (graph `https://w3id.org/qingdan/ns`) and its code
 * lists (one graph per scheme IRI), so that queries can read labels. Queries see the union of
 * all graphs as their default graph; `GRAPH ?g` still tells them apart.
 *
 * Loading skips oxigraph's transaction (`no_transaction`): one transactional `load()` grows
 * faster than the data, and nothing here needs to roll back, since the store is built fresh for
 * each run from data already checked.
 *
 * The store lives in WebAssembly's 32-bit memory, at most 4 GiB (600,000 generated duties,
 * 15.9 million triples, still fit in a measurement). Past it oxigraph traps (`RuntimeError:
 * unreachable`);
 * every load turns that into {@link QueryError} `embedded-store-full`, which says how much went
 * in and what to do instead, and the store keeps what it holds.
 *
 * @example
 * ```ts
 * const store = new EditionStore();
 * store.loadVocabulary();
 * store.loadEdition(list, 'https://data.example.org/qingdan/');
 * store.query('SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }', 'json');
 * ```
 */
export class EditionStore {
  /** The oxigraph store itself, for what this class does not cover. */
  readonly store: Store = new Store();
  /** The triples loaded so far, for the message when the store is full. */
  #loaded = 0;

  /** Runs one load; a trap of the WebAssembly memory becomes `embedded-store-full`. */
  #load(call: () => void): void {
    try {
      call();
    } catch (error) {
      // WebAssembly.RuntimeError, by name: Node's types declare WebAssembly as a namespace only.
      const trapped =
        error instanceof RangeError || (error instanceof Error && error.name === 'RuntimeError');
      if (!trapped) throw error;
      throw new QueryError(
        makeIssue('embedded-store-full', 'error', [], { triples: this.#loaded }),
      );
    }
  }

  /**
   * How many quads the store holds. oxigraph counts them one by one on every call (a third of
   * a second for 200,000 quads), so loading counts each graph instead.
   */
  get size(): number {
    return this.store.size;
  }

  /** Loads the vocabulary and the code lists, each in its own graph. */
  loadVocabulary(): LoadedGraph[] {
    const loaded = [this.loadTurtle(vocabularyTurtle, vocabularyIri)];
    for (const [id, turtle] of Object.entries(schemeTurtles))
      loaded.push(this.loadTurtle(turtle, schemeIri(id)));
    return loaded;
  }

  /** Loads one edition into the graph named by its IRI under `base`. */
  loadEdition(list: DutyList, base: string): LoadedGraph {
    const nt = editionNTriples(list, base);
    // One string per edition: oxigraph reads an iterable of chunks several times slower.
    this.#load(() =>
      this.store.load(nt.text, {
        format: 'application/n-triples',
        to_graph_name: namedNode(nt.graph),
        no_transaction: true,
      }),
    );
    this.#loaded += nt.triples;
    return { graph: nt.graph, triples: nt.triples };
  }

  /** Loads Turtle text into a named graph. */
  loadTurtle(turtle: string, graph: string, baseIri?: string): LoadedGraph {
    this.#load(() =>
      this.store.load(turtle, {
        format: 'text/turtle',
        to_graph_name: namedNode(graph),
        no_transaction: true,
        ...(baseIri ? { base_iri: baseIri } : {}),
      }),
    );
    const triples = this.graphSize(graph);
    this.#loaded += triples;
    return { graph, triples };
  }

  /**
   * Loads N-Triples, as text or UTF-8 bytes, into a named graph. `triples` is the number of
   * lines, one triple each as qingdan writes them: counting the graph in the store costs as much
   * again as loading it.
   */
  loadNTriples(text: string | Uint8Array, graph: string): LoadedGraph {
    this.#load(() =>
      this.store.load(text, {
        format: 'application/n-triples',
        to_graph_name: namedNode(graph),
        no_transaction: true,
      }),
    );
    const triples = lineCount(text);
    this.#loaded += triples;
    return { graph, triples };
  }

  /** Loads N-Quads, as text or UTF-8 bytes, each quad in its own graph. */
  loadNQuads(text: string | Uint8Array): void {
    this.#load(() =>
      this.store.load(text, { format: 'application/n-quads', no_transaction: true }),
    );
    this.#loaded += lineCount(text);
  }

  /** How many triples a graph holds, by a query on that graph (unlike {@link size}). */
  graphSize(graph: string): number {
    const rows = this.store.query(
      `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`,
    ) as Map<string, { value: string }>[];
    return Number(rows[0]?.get('n')?.value ?? 0);
  }

  /**
   * Runs a query with the union of all graphs as its default graph. With a results format
   * (`json`, `csv`, `tsv`, `xml` for SELECT and ASK; `text/turtle`, `application/n-triples` for
   * CONSTRUCT and DESCRIBE) the serialised results; without, oxigraph's values.
   */
  query(sparql: string, resultsFormat?: string): ReturnType<Store['query']> {
    return this.store.query(sparql, {
      use_default_graph_as_union: true,
      ...(resultsFormat ? { results_format: resultsFormat } : {}),
    });
  }
}

/** The lines of a text or of UTF-8 bytes: the line feeds, and a last line without one. */
function lineCount(text: string | Uint8Array): number {
  let lines = 0;
  let end = 0;
  if (typeof text === 'string')
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      lines++;
      end = i + 1;
    }
  else
    for (let i = text.indexOf(0x0a); i !== -1; i = text.indexOf(0x0a, i + 1)) {
      lines++;
      end = i + 1;
    }
  return end < text.length ? lines + 1 : lines;
}
