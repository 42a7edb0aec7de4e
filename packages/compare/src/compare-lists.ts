import type { DutyList } from '@qingdan/core';
import { alignLists } from './align/align-lists.js';
import type { Alignment, AlignOptions } from './align/types.js';
import { type ListProfile, listProfiles } from './measures/list-profile.js';
import { type PairMeasures, pairMeasurer } from './measures/pair-measures.js';
import {
  allPairsUpTo,
  defaultNearest,
  type PairSelection,
  selectedPairs,
  selectPairs,
} from './measures/pair-selection.js';
import { type SimilarityMatrix, similarityMatrix } from './measures/similarity-matrix.js';
import { compareToReference, type ReferenceComparison } from './reference/compare-to-reference.js';

/**
 * What {@link compareLists} takes besides the lists: the alignment's options, a reference, and
 * how many pairs to measure in detail.
 *
 * @example
 * ```ts
 * const o: CompareOptions = { reference: template, nameThreshold: 0.7 };
 * ```
 */
export interface CompareOptions extends Partial<AlignOptions> {
  /** The reference list (a template, a catalogue), compared with every other list. */
  readonly reference?: DutyList;
  /** Up to this many lists every pair is measured in detail (default {@link allPairsUpTo}, 500). */
  readonly allPairsUpTo?: number;
  /** Beyond that, each list's this many most similar lists (default {@link defaultNearest}, 20). */
  readonly nearest?: number;
}

/**
 * A comparison of lists: their alignment into duty concepts, a profile of each list, the
 * Jaccard similarity of every pair (`similarity`), the pairs measured in detail (`pairs`: every
 * pair up to 500 lists, each list's 20 nearest beyond, as `selection` says), and the comparison
 * with the reference when one was given. When a reference is given it is list 0 of the
 * alignment. `pairs` is measured afresh each time it is iterated, so that the measures of a
 * hundred thousand pairs are never all held at once.
 *
 * @example
 * ```ts
 * const c = compareLists([a, b, c]);
 * for (const p of c.pairs) console.log(c.alignment.lists[p.a]?.id, c.alignment.lists[p.b]?.id, p.jaccard);
 * ```
 */
export interface Comparison {
  readonly alignment: Alignment;
  readonly profiles: readonly ListProfile[];
  readonly similarity: SimilarityMatrix;
  readonly selection: PairSelection;
  readonly pairs: Iterable<PairMeasures>;
  /** Measures any pair of lists, by index. */
  readonly measure: (a: number, b: number) => PairMeasures;
  readonly reference?: ReferenceComparison;
}

/**
 * Aligns lists and measures them: the whole comparison a researcher starts from, for two lists
 * or a province's thousands. The similarity of all pairs comes from `similarityMatrix`; pairs
 * are measured in detail (groups, section disagreements) only as they are iterated.
 *
 * @example
 * ```ts
 * const c = compareLists(counties, { reference: template, nameThreshold: 0.65 });
 * c.reference?.items.filter((i) => i.coveredBy.length === 0).length; // template items nobody has
 * ```
 */
export function compareLists(lists: readonly DutyList[], options: CompareOptions = {}): Comparison {
  const { reference, allPairsUpTo: upTo, nearest, ...align } = options;
  const all = reference ? [reference, ...lists] : [...lists];
  const alignment = alignLists(all, align);
  const similarity = similarityMatrix(alignment);
  const selection = selectPairs(similarity, upTo ?? allPairsUpTo, nearest ?? defaultNearest);
  const measure = pairMeasurer(alignment);
  const size = alignment.lists.length;
  const base = {
    alignment,
    profiles: listProfiles(alignment),
    similarity,
    selection,
    pairs: {
      *[Symbol.iterator]() {
        for (const [a, b] of selectedPairs(selection, size)) yield measure(a, b);
      },
    },
    measure,
  };
  return reference ? { ...base, reference: compareToReference(alignment, 0) } : base;
}
