import type { Alignment } from '../align/types.js';

/**
 * The Jaccard similarity of every pair of lists, stored as the upper triangle (without the
 * diagonal) in one Float32Array: n lists take n(n−1)/2 × 4 bytes, 18 MB for 3,000 lists.
 *
 * @example
 * ```ts
 * const m = similarityMatrix(alignment);
 * m.at(0, 1); // Jaccard of lists 0 and 1
 * ```
 */
export interface SimilarityMatrix {
  readonly size: number;
  readonly values: Float32Array;
  /** The similarity of lists i and j (1 on the diagonal). */
  at(i: number, j: number): number;
}

/**
 * Where the pair (i, j), i < j, sits in an upper triangle of `n` lists.
 *
 * @example
 * ```ts
 * pairIndex(3, 0, 1); // 0
 * pairIndex(3, 1, 2); // 2
 * ```
 */
export function pairIndex(n: number, i: number, j: number): number {
  return i * n - (i * (i + 1)) / 2 + (j - i - 1);
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Shared concepts of every pair, from concepts few lists have: each concept adds to its pairs. */
function countRare(postings: readonly number[][], n: number, shared: Uint32Array): void {
  for (const lists of postings)
    for (let x = 0; x < lists.length; x++)
      for (let y = x + 1; y < lists.length; y++) {
        const i = lists[x] ?? 0;
        const j = lists[y] ?? 0;
        if (i === j) continue;
        const k = i < j ? pairIndex(n, i, j) : pairIndex(n, j, i);
        shared[k] = (shared[k] ?? 0) + 1;
      }
}

/** Shared concepts of every pair, from concepts many lists have: one bit per concept and list. */
function countFrequent(postings: readonly number[][], n: number, shared: Uint32Array): void {
  const words = Math.ceil(postings.length / 32);
  if (words === 0) return;
  const bits = new Uint32Array(n * words);
  postings.forEach((lists, c) => {
    const w = c >>> 5;
    const bit = 1 << (c & 31);
    for (const i of lists) bits[i * words + w] = (bits[i * words + w] ?? 0) | bit;
  });
  for (let i = 0; i < n; i++) {
    const bi = i * words;
    for (let j = i + 1; j < n; j++) {
      const bj = j * words;
      let count = 0;
      for (let w = 0; w < words; w++) count += popcount((bits[bi + w] ?? 0) & (bits[bj + w] ?? 0));
      const k = pairIndex(n, i, j);
      shared[k] = (shared[k] ?? 0) + count;
    }
  }
}

/**
 * Builds the Jaccard similarity matrix of all aligned lists over their duty concepts. Concepts
 * held by many lists are counted with bitsets (one AND and popcount per 32 concepts and pair);
 * the rest through their lists directly, so the cost is neither every duty against every duty nor
 * every concept for every pair.
 *
 * @example
 * ```ts
 * const m = similarityMatrix(alignLists(lists));
 * m.values.length; // n(n−1)/2
 * ```
 */
export function similarityMatrix(alignment: Alignment, frequentFrom = 64): SimilarityMatrix {
  const n = alignment.lists.length;
  const sizes = new Uint32Array(n);
  const rare: number[][] = [];
  const frequent: number[][] = [];
  for (const concept of alignment.concepts) {
    const lists = concept.members.map((m) => m.list);
    for (const i of lists) sizes[i] = (sizes[i] ?? 0) + 1;
    if (lists.length < 2) continue;
    (lists.length >= frequentFrom ? frequent : rare).push(lists);
  }
  const pairs = (n * (n - 1)) / 2;
  const shared = new Uint32Array(pairs);
  countRare(rare, n, shared);
  countFrequent(frequent, n, shared);
  const values = new Float32Array(pairs);
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const k = pairIndex(n, i, j);
      const s = shared[k] ?? 0;
      const union = (sizes[i] ?? 0) + (sizes[j] ?? 0) - s;
      values[k] = union === 0 ? 1 : s / union;
    }
  return {
    size: n,
    values,
    at: (i, j) => (i === j ? 1 : (values[i < j ? pairIndex(n, i, j) : pairIndex(n, j, i)] ?? 0)),
  };
}
