import type { Quad, Term } from '@rdfjs/types';
import type { TextSink } from './sink.js';
import { TermCache } from './terms.js';

/** Options of {@link LineWriter}. */
export interface LineOptions {
  /** Write each quad's graph (N-Quads) or drop it (N-Triples). */
  readonly graphs: boolean;
  /** With `graphs`, put every quad in this graph, whatever graph it has. */
  readonly graph?: Term;
}

/**
 * Writes N-Triples (`graphs: false`, the graph is dropped) or N-Quads (`graphs: true`), one line
 * per quad in the order given, to a sink line by line: memory stays bounded whatever the number of
 * quads. The same quads always give the same bytes.
 *
 * @example
 * ```ts
 * const parts: string[] = [];
 * const writer = new LineWriter((chunk) => parts.push(chunk), { graphs: true });
 * for (const quad of quads) writer.add(quad);
 * writer.end();
 * ```
 */
export class LineWriter {
  readonly #sink: TextSink;
  readonly #graphs: boolean;
  readonly #terms = new TermCache();
  readonly #graph: string | undefined;

  constructor(sink: TextSink, options: LineOptions) {
    this.#sink = sink;
    this.#graphs = options.graphs;
    this.#graph =
      options.graphs && options.graph && options.graph.termType !== 'DefaultGraph'
        ? ` ${this.#terms.term(options.graph)}`
        : undefined;
  }

  /** Adds one quad. */
  add(quad: Quad): void {
    const terms = this.#terms;
    let line = `${terms.term(quad.subject)} ${terms.term(quad.predicate)} ${terms.term(quad.object)}`;
    if (this.#graph !== undefined) line += this.#graph;
    else if (this.#graphs && quad.graph.termType !== 'DefaultGraph')
      line += ` ${terms.term(quad.graph)}`;
    this.#sink(`${line} .\n`);
  }

  /** Adds quads in order. */
  addAll(quads: Iterable<Quad>): void {
    for (const quad of quads) this.add(quad);
  }

  /** Ends the output; the writer may not be used after. */
  end(): void {}
}

function collect(quads: Iterable<Quad>, graphs: boolean): string {
  let out = '';
  const writer = new LineWriter(
    (chunk) => {
      out += chunk;
    },
    { graphs },
  );
  writer.addAll(quads);
  writer.end();
  return out;
}

/**
 * The quads as one N-Triples string (graphs dropped).
 *
 * @example
 * ```ts
 * quadsToNTriples([quad(namedNode('https://e.org/s'), namedNode('https://e.org/p'), literal('x'))]);
 * // '<https://e.org/s> <https://e.org/p> "x" .\n'
 * ```
 */
export function quadsToNTriples(quads: Iterable<Quad>): string {
  return collect(quads, false);
}

/**
 * The quads as one N-Quads string, each with its graph.
 *
 * @example
 * ```ts
 * quadsToNQuads(quads); // '<s> <p> "x" <https://e.org/g> .\n…'
 * ```
 */
export function quadsToNQuads(quads: Iterable<Quad>): string {
  return collect(quads, true);
}
