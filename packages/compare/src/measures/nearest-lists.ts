import type { SimilarityMatrix } from './similarity-matrix.js';

/**
 * Each list's `k` most similar other lists, most similar first (on equal similarity, the list
 * that comes first), as one Int32Array of `size × k` list indices; a row is padded with -1 when
 * there are fewer than `k` other lists.
 *
 * @example
 * ```ts
 * const near: NearestLists = nearestLists(similarityMatrix(alignment), 20);
 * near.of(0); // the 20 lists most like list 0
 * ```
 */
export interface NearestLists {
  readonly k: number;
  readonly size: number;
  readonly indices: Int32Array;
  /** The nearest lists of one list, most similar first. */
  of(list: number): Int32Array;
}

/**
 * Finds each list's `k` nearest lists in a similarity matrix: one pass over each row, keeping
 * the best `k` in a short sorted array, so n² · k at worst and n² in practice.
 *
 * @example
 * ```ts
 * const near = nearestLists(similarityMatrix(alignLists(lists)), 20);
 * near.of(3)[0]; // the list most like list 3
 * ```
 */
export function nearestLists(matrix: SimilarityMatrix, k: number): NearestLists {
  const n = matrix.size;
  const indices = new Int32Array(n * k).fill(-1);
  const best = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    const row = i * k;
    let count = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const v = matrix.at(i, j);
      if (count === k && v <= (best[k - 1] as number)) continue;
      // Insert j after every list at least as similar, so that ties keep the first list first.
      let p = Math.min(count, k - 1);
      while (p > 0 && (best[p - 1] as number) < v) {
        best[p] = best[p - 1] as number;
        indices[row + p] = indices[row + p - 1] as number;
        p--;
      }
      best[p] = v;
      indices[row + p] = j;
      if (count < k) count++;
    }
  }
  return { k, size: n, indices, of: (list) => indices.subarray(list * k, list * k + k) };
}

/**
 * The `count` most similar pairs of all (a < b), most similar first, from the matrix alone.
 *
 * @example
 * ```ts
 * mostSimilarPairs(similarityMatrix(alignment), 20); // [[a, b], …] for a summary
 * ```
 */
export function mostSimilarPairs(matrix: SimilarityMatrix, count: number): [number, number][] {
  const top: { a: number; b: number; v: number }[] = [];
  const n = matrix.size;
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) {
      const v = matrix.at(a, b);
      if (top.length === count && v <= (top[count - 1]?.v ?? 0)) continue;
      let p = top.length;
      while (p > 0 && (top[p - 1]?.v ?? 0) < v) p--;
      top.splice(p, 0, { a, b, v });
      if (top.length > count) top.pop();
    }
  return top.map((t) => [t.a, t.b]);
}
