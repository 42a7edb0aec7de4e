import type { Quad, Term } from '@rdfjs/types';
import { BlankNode as N3BlankNode } from 'n3';
import { escapeIri, literalToNTriples, termToNTriples } from '../serialize/index.js';
import type { FileBytes } from './file-sink.js';

/** Terms whose bytes are kept, at most: cleared when full, so memory stays bounded. */
const cacheLimit = 50_000;

/**
 * Writes the N-Triples and the N-Quads of the same quads in one pass, byte for byte what
 * `LineWriter` writes (`graphs: false`, and `graphs: true` with every quad in `graph`), walking
 * the quads once for both. IRIs and blank nodes are encoded once and kept as UTF-8 bytes, copied
 * into each file's buffer; only literals are encoded where they occur. Measured on publishing:
 * gathering the lines as strings and encoding them cost more than writing them, the long
 * strings having to be flattened first.
 *
 * @example
 * ```ts
 * const nt = openFileSink('e.nt');
 * const nq = openFileSink('e.nq');
 * writeLineFiles(quads, { nt: nt.bytes, nq: nq.bytes, graph: namedNode('https://e.org/e') });
 * ```
 */
export function writeLineFiles(
  quads: Iterable<Quad>,
  files: { readonly nt?: FileBytes; readonly nq?: FileBytes; readonly graph: Term },
): void {
  const { nt, nq } = files;
  const first = nt ?? nq;
  if (first === undefined) return;
  const graph = Buffer.from(` ${termToNTriples(files.graph)} .\n`);
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
  let subject: Term | undefined;
  let subjectBytes: Buffer = graph;
  for (const quad of quads) {
    const s = quad.subject;
    if (s !== subject) {
      subjectBytes = bytesOf(s);
      subject = s;
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
