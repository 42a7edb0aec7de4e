import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { quadsArbitrary } from './arbitraries.test-support.js';
import { quadsToNQuads, quadsToNTriples, writeLines } from './line-writer.js';
import type { ByteSink } from './sink.js';

/** A sink in memory, with a buffer small enough that lines cross its flushes. */
function memoryFile(size: number): ByteSink & { text: () => string } {
  const parts: Buffer[] = [];
  const file = {
    buffer: Buffer.alloc(size),
    used: 0,
    room(n: number) {
      if (file.used + n <= file.buffer.length) return;
      parts.push(Buffer.from(file.buffer.subarray(0, file.used)));
      file.used = 0;
      if (n > file.buffer.length) file.buffer = Buffer.alloc(n);
    },
    text: () => Buffer.concat([...parts, file.buffer.subarray(0, file.used)]).toString('utf8'),
  };
  return file;
}

const graph = DataFactory.namedNode('https://example.org/edition');

const lines = (text: string) => text.split('\n').slice(0, -1);

describe('writeLines', () => {
  it('writes the N-Quads in one graph as the N-Triples lines with the graph, together or alone', () => {
    fc.assert(
      fc.property(quadsArbitrary, fc.integer({ min: 64, max: 4096 }), (quads, size) => {
        const nt = memoryFile(size);
        const nq = memoryFile(size);
        writeLines(quads, { nt, nq, graph });
        expect(nt.text()).toBe(quadsToNTriples(quads));
        expect(lines(nq.text())).toEqual(
          lines(nt.text()).map((l) => `${l.slice(0, -2)} <${graph.value}> .`),
        );
        const alone = memoryFile(size);
        writeLines(quads, { nq: alone, graph });
        expect(alone.text()).toBe(nq.text());
        // Parsed back, every quad is in the graph given, whatever graph it had.
        const back = new Parser({ format: 'N-Quads' }).parse(alone.text());
        expect(back.every((q) => q.graph.equals(graph))).toBe(true);
        expect(back).toHaveLength(quads.length);
      }),
      { numRuns: 300 },
    );
  });

  it('names each quad’s own graph without one given, and none for the default graph', () => {
    const { namedNode, literal, quad, defaultGraph } = DataFactory;
    const s = namedNode('https://e.org/s');
    const p = namedNode('https://e.org/p');
    const quads: Quad[] = [
      quad(s, p, literal('一'), namedNode('https://e.org/g1')),
      quad(s, p, literal('二'), defaultGraph()),
      quad(s, p, literal('三'), namedNode('https://e.org/g2')),
    ];
    expect(quadsToNQuads(quads)).toBe(
      '<https://e.org/s> <https://e.org/p> "一" <https://e.org/g1> .\n' +
        '<https://e.org/s> <https://e.org/p> "二" .\n' +
        '<https://e.org/s> <https://e.org/p> "三" <https://e.org/g2> .\n',
    );
  });

  it('grows a memory sink past its first buffer without losing a byte', () => {
    const { namedNode, literal, quad } = DataFactory;
    const long = '清单'.repeat(20_000);
    const quads = Array.from({ length: 50 }, (_, i) =>
      quad(namedNode(`https://e.org/s${i}`), namedNode('https://e.org/p'), literal(long)),
    );
    const back = new Parser({ format: 'N-Triples' }).parse(quadsToNTriples(quads));
    expect(back.map((q) => q.object.value)).toEqual(quads.map(() => long));
  });
});
