import type { Alignment } from '../align/types.js';
import {
  type ConceptGroups,
  type ListConcepts,
  listConcepts,
  sharedCount,
} from './list-concepts.js';

/**
 * Shared concepts, union and Jaccard similarity within one group (a section or a domain).
 *
 * @example
 * ```ts
 * const g: GroupMeasure = { by: 'section', group: 'basic', shared: 80, union: 120, jaccard: 2 / 3 };
 * ```
 */
export interface GroupMeasure {
  readonly by: 'section' | 'domain';
  readonly group: string;
  readonly shared: number;
  readonly union: number;
  readonly jaccard: number;
}

/**
 * A concept both lists have, in different sections: basic here, reclaimed there.
 *
 * @example
 * ```ts
 * const s: SectionDisagreement = { concept: 17, sectionA: 'basic', sectionB: 'reclaimed' };
 * ```
 */
export interface SectionDisagreement {
  readonly concept: number;
  readonly sectionA: string;
  readonly sectionB: string;
}

/**
 * How two lists compare: concepts shared, concepts only one has, Jaccard similarity overall and
 * per section and domain, and the concepts they place in different sections.
 *
 * @example
 * ```ts
 * const m = comparePair(alignment, 0, 1);
 * console.log(m.shared, m.jaccard.toFixed(2), m.sectionDisagreements.length);
 * ```
 */
export interface PairMeasures {
  readonly a: number;
  readonly b: number;
  readonly shared: number;
  readonly onlyA: number;
  readonly onlyB: number;
  readonly jaccard: number;
  readonly groups: readonly GroupMeasure[];
  readonly sectionDisagreements: readonly SectionDisagreement[];
}

// The two lists' group names are each sorted: one merge gives every group of either, in order.
function groupMeasures(
  by: GroupMeasure['by'],
  a: ConceptGroups,
  b: ConceptGroups,
  out: GroupMeasure[],
): void {
  let i = 0;
  let j = 0;
  while (i < a.names.length || j < b.names.length) {
    const x = a.names[i];
    const y = b.names[j];
    const group = (y === undefined || (x !== undefined && x < y) ? x : y) as string;
    const ca = x === group ? (a.concepts[i++] as Int32Array) : none;
    const cb = y === group ? (b.concepts[j++] as Int32Array) : none;
    const shared = sharedCount(ca, cb);
    const union = ca.length + cb.length - shared;
    out.push({ by, group, shared, union, jaccard: union === 0 ? 1 : shared / union });
  }
}

const none = new Int32Array(0);

/**
 * Compares two lists from their {@link ListConcepts}: one merge of their sorted concepts for
 * what they share and where they place it differently, one per section and domain for the
 * groups. Section disagreements come in the order of the concepts.
 *
 * @example
 * ```ts
 * const m = measurePair(listConcepts(alignment, 0), listConcepts(alignment, 1), 0, 1);
 * ```
 */
export function measurePair(x: ListConcepts, y: ListConcepts, a: number, b: number): PairMeasures {
  const sectionDisagreements: SectionDisagreement[] = [];
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < x.concepts.length && j < y.concepts.length) {
    const ci = x.concepts[i] as number;
    const cj = y.concepts[j] as number;
    if (ci < cj) i++;
    else if (ci > cj) j++;
    else {
      shared++;
      const sectionA = x.sections[i] ?? '';
      const sectionB = y.sections[j] ?? '';
      if (sectionA !== sectionB) sectionDisagreements.push({ concept: ci, sectionA, sectionB });
      i++;
      j++;
    }
  }
  const union = x.concepts.length + y.concepts.length - shared;
  const groups: GroupMeasure[] = [];
  groupMeasures('section', x.bySection, y.bySection, groups);
  groupMeasures('domain', x.byDomain, y.byDomain, groups);
  return {
    a,
    b,
    shared,
    onlyA: x.concepts.length - shared,
    onlyB: y.concepts.length - shared,
    jaccard: union === 0 ? 1 : shared / union,
    groups,
    sectionDisagreements,
  };
}

/**
 * A function that compares any two aligned lists, each list's concepts sorted once and kept:
 * the way to measure many pairs.
 *
 * @example
 * ```ts
 * const measure = pairMeasurer(alignment);
 * for (const [a, b] of pairs) console.log(measure(a, b).jaccard);
 * ```
 */
export function pairMeasurer(alignment: Alignment): (a: number, b: number) => PairMeasures {
  const lists = alignment.lists.map((_, i) => listConcepts(alignment, i));
  return (a, b) => measurePair(lists[a] ?? emptyList, lists[b] ?? emptyList, a, b);
}

const noGroups: ConceptGroups = { names: [], concepts: [], get: () => undefined };
const emptyList: ListConcepts = {
  concepts: none,
  sections: [],
  bySection: noGroups,
  byDomain: noGroups,
};

/**
 * Compares two aligned lists (by their index in the alignment).
 *
 * @example
 * ```ts
 * comparePair(alignLists([a, b]), 0, 1).jaccard;
 * ```
 */
export function comparePair(alignment: Alignment, a: number, b: number): PairMeasures {
  return measurePair(listConcepts(alignment, a), listConcepts(alignment, b), a, b);
}

/**
 * Every pair of lists compared, `a < b`, in order, all held at once: for tens or hundreds of
 * lists. For more, `compareLists` measures each pair as it is asked for, and
 * `similarityMatrix` gives the overall Jaccard of all pairs at once.
 *
 * @example
 * ```ts
 * for (const m of compareAllPairs(alignment)) console.log(m.a, m.b, m.jaccard);
 * ```
 */
export function compareAllPairs(alignment: Alignment): PairMeasures[] {
  const measure = pairMeasurer(alignment);
  const out: PairMeasures[] = [];
  for (let a = 0; a < alignment.lists.length; a++)
    for (let b = a + 1; b < alignment.lists.length; b++) out.push(measure(a, b));
  return out;
}
