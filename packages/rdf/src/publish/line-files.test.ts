import fc from 'fast-check';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { quadsArbitrary } from '../serialize/arbitraries.test-support.js';
import { LineWriter, quadsToNTriples } from '../serialize/index.js';
import type { FileBytes } from './file-sink.js';
import { writeLineFiles } from './line-files.js';

/** A file in memory, with a buffer small enough that lines cross its flushes. */
function memoryFile(size: number): FileBytes & { text: () => string } {
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

function nQuads(quads: Parameters<typeof quadsToNTriples>[0]): string {
  let out = '';
  const writer = new LineWriter(
    (chunk) => {
      out += chunk;
    },
    { graphs: true, graph },
  );
  writer.addAll(quads);
  writer.end();
  return out;
}

describe('writeLineFiles', () => {
  it('writes what LineWriter writes, N-Triples and N-Quads together or alone', () => {
    fc.assert(
      fc.property(quadsArbitrary, fc.integer({ min: 64, max: 4096 }), (quads, size) => {
        const nt = memoryFile(size);
        const nq = memoryFile(size);
        writeLineFiles(quads, { nt, nq, graph });
        expect(nt.text()).toBe(quadsToNTriples(quads));
        expect(nq.text()).toBe(nQuads(quads));
        const alone = memoryFile(size);
        writeLineFiles(quads, { nq: alone, graph });
        expect(alone.text()).toBe(nQuads(quads));
      }),
      { numRuns: 300 },
    );
  });
});
