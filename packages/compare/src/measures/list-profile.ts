import { type ListSummary, summariseList } from '@qingdan/core';
import type { Alignment } from '../align/types.js';

/**
 * One list within a comparison: its counts by section, domain, office and power category, and
 * how many of its duties no other compared list has.
 *
 * @example
 * ```ts
 * const p: ListProfile = listProfiles(alignment)[0]!;
 * p.summary.bySection.basic; p.unique;
 * ```
 */
export interface ListProfile {
  readonly list: number;
  readonly summary: ListSummary;
  /** Duties whose concept no other compared list has. */
  readonly unique: number;
}

/**
 * Profiles every aligned list.
 *
 * @example
 * ```ts
 * listProfiles(alignLists([a, b])).map((p) => p.unique);
 * ```
 */
export function listProfiles(alignment: Alignment): ListProfile[] {
  return alignment.lists.map((list, i) => {
    let unique = 0;
    for (const c of alignment.conceptOf[i] ?? [])
      if ((alignment.concepts[c]?.members.length ?? 0) === 1) unique++;
    return { list: i, summary: summariseList(list), unique };
  });
}
