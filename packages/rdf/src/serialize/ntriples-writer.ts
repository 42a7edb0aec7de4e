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
 * per quad in the order given, to a sink in chunks of about 64 K characters (the rest at
 * {@link LineWriter.end}): memory stays bounded whatever the number of quads. The same quads always give the same bytes.
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
  /** Text not yet handed to the sink: lines are gathered into chunks of about 64 K characters. */
  #out = '';
  /** The last subject and its written form: a subject's quads mostly come one after another. */
  #subject: Term | undefined;
  #subjectText = '';

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
    this.#line(quad);
    if (this.#out.length >= chunkSize) this.#flush();
  }

  #line(quad: Quad): void {
    const terms = this.#terms;
    const s = quad.subject;
    if (s !== this.#subject) {
      this.#subjectText = terms.term(s);
      this.#subject = s;
    }
    const line = `${this.#subjectText} ${terms.term(quad.predicate)} ${terms.term(quad.object)}`;
    if (this.#graph !== undefined) this.#out += `${line}${this.#graph} .\n`;
    else if (this.#graphs && quad.graph.termType !== 'DefaultGraph')
      this.#out += `${line} ${terms.term(quad.graph)} .\n`;
    else this.#out += `${line} .\n`;
  }

  #flush(): void {
    if (this.#out.length > 0) this.#sink(this.#out);
    this.#out = '';
  }

  /** Adds quads in order. */
  addAll(quads: Iterable<Quad>): void {
    for (const quad of quads) {
      this.#line(quad);
      if (this.#out.length >= chunkSize) this.#flush();
    }
  }

  /** Hands the sink what is left; the writer may not be used after. */
  end(): void {
    this.#flush();
  }
}

/** Characters gathered before the sink is called: few calls, each with a large chunk. */
const chunkSize = 1 << 16;

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
