import { type NearestLists, nearestLists } from './nearest-lists.js';
import { pairIndex, type SimilarityMatrix } from './similarity-matrix.js';

/**
 * Which pairs of lists a comparison measures in detail: every pair, or only the pairs in which
 * one list is among the other's `k` nearest (with those nearest lists).
 *
 * @example
 * ```ts
 * const s: PairSelection = { kind: 'nearest', k: 20, nearest };
 * ```
 */
export type PairSelection =
  | { readonly kind: 'all' }
  | { readonly kind: 'nearest'; readonly k: number; readonly nearest: NearestLists };

/**
 * Up to how many lists every pair is measured and written (124,750 pairs at 500 lists); beyond,
 * each list's {@link defaultNearest} most similar lists. At 500 generated county lists the pair
 * tables came to 332 MB and the JSON to 360 MB; all pairs of 3,000 lists are 36 times as many.
 *
 * @example
 * ```ts
 * allPairsUpTo; // 500
 * ```
 */
export const allPairsUpTo = 500;

/**
 * How many most similar lists each list keeps when there are too many lists for every pair.
 *
 * @example
 * ```ts
 * defaultNearest; // 20
 * ```
 */
export const defaultNearest = 20;

/**
 * Chooses the pairs to measure in detail: all of them up to `upTo` lists, each list's `k`
 * nearest beyond.
 *
 * @example
 * ```ts
 * selectPairs(similarityMatrix(alignment)).kind; // 'all' for 500 lists or fewer
 * ```
 */
export function selectPairs(
  matrix: SimilarityMatrix,
  upTo = allPairsUpTo,
  k = defaultNearest,
): PairSelection {
  return matrix.size <= upTo
    ? { kind: 'all' }
    : { kind: 'nearest', k, nearest: nearestLists(matrix, k) };
}

/**
 * The pairs a selection chose, `a < b`, in order (by `a`, then `b`), each once.
 *
 * @example
 * ```ts
 * for (const [a, b] of selectedPairs(selection, 3)) console.log(a, b); // 0 1, 0 2, 1 2
 * ```
 */
export function* selectedPairs(
  selection: PairSelection,
  size: number,
): Generator<[number, number]> {
  if (selection.kind === 'all') {
    for (let a = 0; a < size; a++) for (let b = a + 1; b < size; b++) yield [a, b];
    return;
  }
  const keys = new Set<number>();
  for (let a = 0; a < size; a++)
    for (const b of selection.nearest.of(a))
      if (b >= 0) keys.add(a < b ? pairIndex(size, a, b) : pairIndex(size, b, a));
  // Pair indices run row by row, so their order is that of (a, b).
  const sorted = Float64Array.from(keys).sort();
  let a = 0;
  for (const key of sorted) {
    while (pairIndex(size, a, size - 1) < key) a++;
    yield [a, key - pairIndex(size, a, a + 1) + a + 1];
  }
}
