import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ntriplesBatches } from './batches.js';

describe('ntriplesBatches', () => {
  it('keeps every line, in order, and never splits a blank node across batches', () => {
    const line = fc.oneof(
      fc.nat(50).map((n) => `<https://e.org/s${n}> <https://e.org/p> "${n}" .`),
      fc.nat(5).map((n) => `<https://e.org/s> <https://e.org/p> _:b${n} .`),
      fc.nat(5).map((n) => `_:b${n} <https://e.org/first> "x${n}" .`),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 60 }),
        fc.integer({ min: 1, max: 10 }),
        (lines, size) => {
          const batches = ntriplesBatches(lines, size);
          expect(batches.join('')).toBe(lines.map((l) => `${l}\n`).join(''));
          const owner = new Map<string, number>();
          batches.forEach((batch, i) => {
            for (const label of batch.match(/_:b\d+/gu) ?? []) {
              expect(owner.get(label) ?? i).toBe(i);
              owner.set(label, i);
            }
          });
        },
      ),
    );
  });

  it('cuts at about the size asked for when there are no blank nodes', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `<s${i}> <p> "o" .`);
    expect(ntriplesBatches(lines, 4).map((b) => b.split('\n').length - 1)).toEqual([4, 4, 2]);
  });
});
