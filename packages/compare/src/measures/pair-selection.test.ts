import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mostSimilarPairs, nearestLists } from './nearest-lists.js';
import { selectedPairs, selectPairs } from './pair-selection.js';
import { pairIndex, type SimilarityMatrix } from './similarity-matrix.js';

/** A similarity matrix of given values, few of them so that ties are common. */
function matrixOf(size: number, values: readonly number[]): SimilarityMatrix {
  const v = Float32Array.from(
    { length: (size * (size - 1)) / 2 },
    (_, i) => values[i % values.length] ?? 0,
  );
  return {
    size,
    values: v,
    at: (i, j) => (i === j ? 1 : (v[i < j ? pairIndex(size, i, j) : pairIndex(size, j, i)] ?? 0)),
  };
}

const matrices = fc
  .tuple(
    fc.integer({ min: 0, max: 12 }),
    fc.array(fc.constantFrom(0, 0.25, 0.5, 1), { minLength: 1 }),
  )
  .map(([size, values]) => matrixOf(size, values));

describe('nearest lists and the pairs measured', () => {
  it('keeps for each list the k most similar others, most similar and then first list first', () => {
    fc.assert(
      fc.property(matrices, fc.integer({ min: 1, max: 5 }), (m, k) => {
        const near = nearestLists(m, k);
        for (let i = 0; i < m.size; i++) {
          const others = Array.from({ length: m.size }, (_, j) => j).filter((j) => j !== i);
          others.sort((x, y) => m.at(i, y) - m.at(i, x) || x - y);
          const want = [...others.slice(0, k), ...Array(Math.max(0, k - others.length)).fill(-1)];
          expect([...near.of(i)]).toEqual(want);
        }
      }),
    );
  });

  it('measures every pair up to the threshold, and beyond only pairs of a list and a nearest one', () => {
    fc.assert(
      fc.property(matrices, fc.integer({ min: 1, max: 4 }), (m, k) => {
        const all = [...selectedPairs(selectPairs(m, m.size, k), m.size)];
        expect(all).toHaveLength((m.size * (m.size - 1)) / 2);
        const selection = selectPairs(m, m.size - 1, k);
        const pairs = [...selectedPairs(selection, m.size)];
        const want = new Set<string>();
        if (selection.kind === 'nearest')
          for (let a = 0; a < m.size; a++)
            for (const b of selection.nearest.of(a))
              if (b >= 0) want.add(`${Math.min(a, b)} ${Math.max(a, b)}`);
        expect(pairs.map(([a, b]) => `${a} ${b}`)).toEqual([...want].sort(byPair));
        for (const [a, b] of pairs) expect(a).toBeLessThan(b);
      }),
    );
  });

  it('finds the most similar pairs of all', () => {
    const m = matrixOf(4, [0.1, 0.9, 0.2, 0.8, 0.3, 0.7]);
    // (0,1) 0.1, (0,2) 0.9, (0,3) 0.2, (1,2) 0.8, (1,3) 0.3, (2,3) 0.7
    expect(mostSimilarPairs(m, 2)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
});

function byPair(x: string, y: string): number {
  const [a, b] = x.split(' ').map(Number);
  const [c, d] = y.split(' ').map(Number);
  return (a ?? 0) - (c ?? 0) || (b ?? 0) - (d ?? 0);
}
