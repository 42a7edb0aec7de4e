import type { Comparison } from '../compare-lists.js';
import { csvField, csvLine } from './csv.js';

/**
 * A similarity from the Float32 matrix, to six decimals: what float32 holds, without the
 * binary tail (`0.53` rather than `0.5299999713897705`).
 *
 * @example
 * ```ts
 * similarityValue(0.5299999713897705); // 0.53
 * ```
 */
export function similarityValue(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * The file the similarity of lists goes into: `similarity.csv`, the dense matrix, when every
 * pair was measured; `nearest.csv`, each list's nearest lists, when there were too many lists.
 *
 * @example
 * ```ts
 * similarityFile(comparison); // 'similarity.csv' for 500 lists or fewer
 * ```
 */
export function similarityFile(c: Comparison): 'similarity.csv' | 'nearest.csv' {
  return c.selection.kind === 'all' ? 'similarity.csv' : 'nearest.csv';
}

/**
 * The similarity of lists, a row at a time. When every pair was measured: the dense matrix, one
 * row and one column per list, in the order of the lists, 1 on the diagonal (R's `as.matrix`,
 * pandas' `index_col=0`). Beyond: a long table, one row per list and each of its nearest lists,
 * most similar first (`list, rank, nearest, jaccard`).
 *
 * @example
 * ```ts
 * await writeFile(similarityFile(c), [...similarityTable(c)].join(''));
 * ```
 */
export function* similarityTable(c: Comparison): Generator<string> {
  const ids = c.alignment.lists.map((l) => l.id);
  const m = c.similarity;
  const { selection } = c;
  if (selection.kind === 'all') {
    yield csvLine(['list', ...ids]);
    for (let i = 0; i < m.size; i++) {
      let line = csvField(ids[i]);
      for (let j = 0; j < m.size; j++) line += `,${similarityValue(m.at(i, j))}`;
      yield `${line}\n`;
    }
    return;
  }
  yield csvLine(['list', 'rank', 'nearest', 'jaccard']);
  for (let i = 0; i < m.size; i++) {
    let piece = '';
    selection.nearest.of(i).forEach((j, rank) => {
      if (j >= 0) piece += csvLine([ids[i], rank + 1, ids[j], similarityValue(m.at(i, j))]);
    });
    yield piece;
  }
}
