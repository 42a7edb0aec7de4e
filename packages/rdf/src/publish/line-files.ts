import type { Quad, Term } from '@rdfjs/types';
import { BlankNode as N3BlankNode } from 'n3';
import { escapeIri, literalToNTriples, termToNTriples } from '../serialize/index.js';
import type { FileBytes } from './file-sink.js';

/** Terms whose bytes are kept, at most: cleared when full, so memory stays bounded. */
const cacheLimit = 50_000;

/**
 * Writes the N-Triples and the N-Quads of the same quads in one pass, byte for byte what
 * `LineWriter` writes (`graphs: false`, and `graphs: true` with every quad in `graph`): each
 * line is encoded once, into the first file, and copied into the second with the graph added.
 * IRIs and blank nodes are encoded once and kept as UTF-8 bytes; only literals are encoded
 * where they occur. Measured on publishing, gathering the lines as strings and encoding them
 * cost more than writing them: the long strings had to be flattened first.
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
  // Terms by identity first (the mapping makes each predicate once, and reuses IRIs), then by
  // their text.
  const byTerm = new Map<Term, Buffer>();
  const byText = new Map<string, Buffer>();
  const bytesOf = (term: Term): Buffer => {
    let bytes = byTerm.get(term);
    if (bytes !== undefined) return bytes;
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
    if (byTerm.size >= cacheLimit) byTerm.clear();
    byTerm.set(term, bytes);
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
    const out = first.buffer;
    const start = first.used;
    // TypedArray set: Buffer's copy costs more than the copying for a few dozen bytes.
    out.set(subjectBytes, start);
    let at = start + subjectBytes.length;
    out[at++] = 0x20;
    out.set(p, at);
    at += p.length;
    out[at++] = 0x20;
    if (literal === undefined) {
      out.set(objectBytes as Buffer, at);
      at += (objectBytes as Buffer).length;
    } else at += out.write(literal, at);
    if (nt !== undefined) {
      if (nq !== undefined) {
        const line = at - start;
        nq.room(line + graph.length);
        nq.buffer.set(out.subarray(start, at), nq.used);
        nq.buffer.set(graph, nq.used + line);
        nq.used += line + graph.length;
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
