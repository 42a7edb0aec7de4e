import { dice, nameBigrams, normaliseName, provisionKeys } from '@qingdan/compare';
import type { DutyList } from '@qingdan/core';

interface Pending {
  readonly duty: number;
  readonly concept: number;
  readonly score: number;
}

/**
 * The alignment done the obvious way, for comparison: every duty compared with every duty of the
 * lists before it, by the same measure and thresholds as `alignLists`, then the same greedy
 * one-to-one assignment. Returns how many concepts it found.
 */
export function naiveAlign(
  lists: readonly DutyList[],
  nameThreshold = 0.6,
  basisThreshold = 0.15,
  basisBonus = 0.2,
): number {
  const grams: number[][] = [];
  const provisions: string[][] = [];
  const conceptOf: number[] = [];
  let concepts = 0;
  for (const list of lists) {
    const start = grams.length;
    const mine = list.duties.map((d) => nameBigrams(normaliseName(d.name)));
    const mineProvisions = list.duties.map((d) => provisionKeys(d));
    const pending: Pending[] = [];
    mine.forEach((g, i) => {
      const p = mineProvisions[i] ?? [];
      for (let e = 0; e < start; e++) {
        const similarity = dice(g, grams[e] ?? []);
        if (similarity < basisThreshold) continue;
        const shares = p.some((x) => provisions[e]?.includes(x));
        if (similarity < (shares ? basisThreshold : nameThreshold)) continue;
        const score = Math.min(1, similarity + (shares ? basisBonus : 0));
        pending.push({ duty: i, concept: conceptOf[e] ?? -1, score });
      }
    });
    pending.sort((a, b) => b.score - a.score || a.duty - b.duty || a.concept - b.concept);
    const assigned = new Int32Array(mine.length).fill(-1);
    const taken = new Set<number>();
    for (const c of pending) {
      if (assigned[c.duty] !== -1 || taken.has(c.concept)) continue;
      assigned[c.duty] = c.concept;
      taken.add(c.concept);
    }
    mine.forEach((g, i) => {
      grams.push(g);
      provisions.push(mineProvisions[i] ?? []);
      conceptOf.push(assigned[i] === -1 ? concepts++ : (assigned[i] ?? -1));
    });
  }
  return concepts;
}

/** The similarity matrix done the obvious way: each pair of lists, their concept sets intersected. */
export function naiveMatrix(conceptSets: readonly ReadonlySet<number>[]): Float32Array {
  const n = conceptSets.length;
  const out = new Float32Array((n * Math.max(0, n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const a = conceptSets[i] ?? new Set<number>();
      const b = conceptSets[j] ?? new Set<number>();
      let shared = 0;
      for (const x of a) if (b.has(x)) shared++;
      const union = a.size + b.size - shared;
      out[k++] = union === 0 ? 1 : shared / union;
    }
  return out;
}
