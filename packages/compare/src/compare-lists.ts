import type { DutyList } from '@qingdan/core';
import { alignLists } from './align/align-lists.js';
import type { Alignment, AlignOptions } from './align/types.js';
import { type ListProfile, listProfiles } from './measures/list-profile.js';
import { compareAllPairs, type PairMeasures } from './measures/pair-measures.js';
import { compareToReference, type ReferenceComparison } from './reference/compare-to-reference.js';

/**
 * What {@link compareLists} takes besides the lists: the alignment's options and a reference.
 *
 * @example
 * ```ts
 * const o: CompareOptions = { reference: template, nameThreshold: 0.7 };
 * ```
 */
export interface CompareOptions extends Partial<AlignOptions> {
  /** The reference list (a template, a catalogue), compared with every other list. */
  readonly reference?: DutyList;
}

/**
 * A comparison of lists: their alignment into duty concepts, a profile of each list, the
 * measures of every pair, and the comparison with the reference when one was given. When a
 * reference is given it is list 0 of the alignment.
 *
 * @example
 * ```ts
 * const c = compareLists([a, b, c]);
 * c.pairs.map((p) => [c.alignment.lists[p.a]?.id, c.alignment.lists[p.b]?.id, p.jaccard]);
 * ```
 */
export interface Comparison {
  readonly alignment: Alignment;
  readonly profiles: readonly ListProfile[];
  readonly pairs: readonly PairMeasures[];
  readonly reference?: ReferenceComparison;
}

/**
 * Aligns lists and measures them: the whole comparison a researcher starts from. Pairs are all
 * computed in full, which suits tens or hundreds of lists; for thousands use
 * {@link alignLists} and `similarityMatrix`.
 *
 * @example
 * ```ts
 * const c = compareLists(counties, { reference: template, nameThreshold: 0.65 });
 * c.reference?.items.filter((i) => i.coveredBy.length === 0).length; // template items nobody has
 * ```
 */
export function compareLists(lists: readonly DutyList[], options: CompareOptions = {}): Comparison {
  const { reference, ...align } = options;
  const all = reference ? [reference, ...lists] : [...lists];
  const alignment = alignLists(all, align);
  const base = {
    alignment,
    profiles: listProfiles(alignment),
    pairs: compareAllPairs(alignment),
  };
  return reference ? { ...base, reference: compareToReference(alignment, 0) } : base;
}
