import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignLists } from '../align/align-lists.js';
import { compareAllPairs } from './pair-measures.js';
import { pairIndex, similarityMatrix } from './similarity-matrix.js';

describe('similarityMatrix', () => {
  it('gives the Jaccard of every pair, whether concepts are counted by bitsets or directly', () => {
    fc.assert(
      fc.property(
        fc.array(dutyListArbitrary({ maxDuties: 6, flavour: 'realistic' }), { maxLength: 5 }),
        fc.constantFrom(1, 2, 3, 1000),
        (lists, frequentFrom) => {
          const a = alignLists(lists);
          const m = similarityMatrix(a, frequentFrom);
          expect(m.values.length).toBe((lists.length * Math.max(0, lists.length - 1)) / 2);
          for (const p of compareAllPairs(a)) {
            expect(m.at(p.a, p.b)).toBeCloseTo(p.jaccard, 6);
            expect(m.at(p.b, p.a)).toBe(m.at(p.a, p.b));
          }
        },
      ),
    );
  });

  it('numbers the upper triangle row by row', () => {
    const n = 4;
    const seen: number[] = [];
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) seen.push(pairIndex(n, i, j));
    expect(seen).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
