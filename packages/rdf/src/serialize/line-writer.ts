import type { Quad, Term } from '@rdfjs/types';
import { BlankNode as N3BlankNode } from 'n3';
import { escapeIri } from './escape.js';
import type { ByteSink } from './sink.js';
import { literalToNTriples, termToNTriples } from './terms.js';

/** Terms whose bytes are kept, at most: cleared when full, so memory stays bounded. */
const cacheLimit = 50_000;

/** Where {@link writeLines} writes: N-Triples, N-Quads or both, and the graph of the N-Quads. */
export interface LineTargets {
  readonly nt?: ByteSink;
  readonly nq?: ByteSink;
  /**
   * The graph every N-Quads line names, whatever the quad's own; without it each line names the
   * quad's graph, and a quad in the default graph is written as a triple.
   */
  readonly graph?: Term;
}

/**
 * Writes N-Triples and N-Quads of the same quads, one line per quad in the order given, as
 * UTF-8 bytes into the sinks' buffers, walking the quads once for both: what `qingdan publish`
 * writes its `.nt` and `.nq` with. IRIs and blank nodes are encoded once and kept as bytes,
 * copied into each line; only literals are encoded where they occur. Literals escape `"`, `\`,
 * line breaks, other controls and U+FFFE/U+FFFF; an IRI with a character no syntax allows, or
 * text with a lone surrogate, is refused (`UnwritableTermError`) rather than written broken.
 * Measured on publishing: gathering the lines as strings and encoding them cost more than
 * writing the bytes, the long strings having to be flattened first.
 *
 * @example
 * ```ts
 * const nt = openFileSink('e.nt');
 * const nq = openFileSink('e.nq');
 * writeLines(quads, { nt: nt.bytes, nq: nq.bytes, graph: namedNode('https://e.org/e') });
 * ```
 */
export function writeLines(quads: Iterable<Quad>, targets: LineTargets): void {
  const { nt, nq } = targets;
  const first = nt ?? nq;
  if (first === undefined) return;
  // By text: a second map by term object was measured slower, most terms being new objects.
  const byText = new Map<string, Buffer>();
  const bytesOf = (term: Term): Buffer => {
    let bytes: Buffer | undefined;
    const key =
      term.termType === 'NamedNode'
        ? term.value
        : term instanceof N3BlankNode
          ? term.id
          : `_:${term.value}`;
    bytes = byText.get(key);
    if (bytes === undefined) {
      if (byText.size >= cacheLimit) byText.clear();
      bytes = Buffer.from(
        term.termType === 'NamedNode' ? `<${escapeIri(term.value)}>` : termToNTriples(term),
      );
      byText.set(key, bytes);
    }
    return bytes;
  };
  const end = Buffer.from(' .\n');
  // A line's end in the N-Quads: ` <graph> .\n`, the same for every line given a graph.
  const fixed = targets.graph;
  let graph = fixed === undefined ? end : ending(fixed);
  let graphTerm: Term | undefined = fixed;
  let subject: Term | undefined;
  let subjectBytes: Buffer = end;
  for (const quad of quads) {
    const s = quad.subject;
    if (s !== subject) {
      subjectBytes = bytesOf(s);
      subject = s;
    }
    if (fixed === undefined && nq !== undefined && quad.graph !== graphTerm) {
      graphTerm = quad.graph;
      graph = graphTerm.termType === 'DefaultGraph' ? end : ending(graphTerm);
    }
    const p = bytesOf(quad.predicate);
    const o = quad.object;
    let literal: string | undefined;
    let objectBytes: Buffer | undefined;
    if (o.termType === 'Literal') literal = literalToNTriples(o);
    else objectBytes = bytesOf(o);
    const most =
      subjectBytes.length +
      p.length +
      (literal === undefined ? (objectBytes as Buffer).length : literal.length * 3) +
      graph.length +
      2;
    first.room(most);
    let at = put(first.buffer, first.used, subjectBytes, p, objectBytes, literal);
    const out = first.buffer;
    if (nt !== undefined) {
      if (nq !== undefined) {
        nq.room(most);
        const q = put(nq.buffer, nq.used, subjectBytes, p, objectBytes, literal);
        nq.buffer.set(graph, q);
        nq.used = q + graph.length;
      }
      out[at++] = 0x20;
      out[at++] = 0x2e;
      out[at++] = 0x0a;
    } else {
      out.set(graph, at);
      at += graph.length;
    }
    first.used = at;
  }
}

/** ` <graph> .\n`, the end of an N-Quads line in `graph`. */
function ending(graph: Term): Buffer {
  const term = termToNTriples(graph);
  return Buffer.from(term === '' ? ' .\n' : ` ${term} .\n`);
}

/** Writes `s p o` at `at` and tells where it ends. */
function put(
  out: Buffer,
  at: number,
  s: Buffer,
  p: Buffer,
  o: Buffer | undefined,
  literal: string | undefined,
): number {
  // TypedArray set: Buffer's copy costs more than the copying for a few dozen bytes.
  out.set(s, at);
  at += s.length;
  out[at++] = 0x20;
  out.set(p, at);
  at += p.length;
  out[at++] = 0x20;
  if (o !== undefined) {
    out.set(o, at);
    return at + o.length;
  }
  return at + out.write(literal as string, at);
}

/**
 * A {@link ByteSink} that keeps what is written in memory.
 *
 * @example
 * ```ts
 * const sink: MemoryByteSink = memoryByteSink();
 * ```
 */
export interface MemoryByteSink extends ByteSink {
  /** What has been written so far, decoded from UTF-8. */
  text(): string;
}

/**
 * A {@link ByteSink} in memory that grows as it is written, and its text.
 *
 * @example
 * ```ts
 * const sink = memoryByteSink();
 * writeLines(quads, { nt: sink });
 * sink.text(); // '<https://e.org/s> <https://e.org/p> "x" .\n'
 * ```
 */
export function memoryByteSink(size = 1 << 14): MemoryByteSink {
  const parts: Buffer[] = [];
  const sink = {
    buffer: Buffer.allocUnsafe(size),
    used: 0,
    room(n: number) {
      if (sink.used + n <= sink.buffer.length) return;
      parts.push(sink.buffer.subarray(0, sink.used));
      // Doubling, so a long text is kept in a few parts, joined once at the end.
      sink.buffer = Buffer.allocUnsafe(Math.max(n, sink.buffer.length * 2));
      sink.used = 0;
    },
    text: () =>
      (parts.length === 0
        ? sink.buffer.subarray(0, sink.used)
        : Buffer.concat([...parts, sink.buffer.subarray(0, sink.used)])
      ).toString('utf8'),
  };
  return sink;
}

/**
 * The quads as one N-Triples string (graphs dropped), written by {@link writeLines}.
 *
 * @example
 * ```ts
 * quadsToNTriples([quad(namedNode('https://e.org/s'), namedNode('https://e.org/p'), literal('x'))]);
 * // '<https://e.org/s> <https://e.org/p> "x" .\n'
 * ```
 */
export function quadsToNTriples(quads: Iterable<Quad>): string {
  const nt = memoryByteSink();
  writeLines(quads, { nt });
  return nt.text();
}

/**
 * The quads as one N-Quads string, each with its graph, written by {@link writeLines}.
 *
 * @example
 * ```ts
 * quadsToNQuads(quads); // '<s> <p> "x" <https://e.org/g> .\n…'
 * ```
 */
export function quadsToNQuads(quads: Iterable<Quad>): string {
  const nq = memoryByteSink();
  writeLines(quads, { nq });
  return nq.text();
}
