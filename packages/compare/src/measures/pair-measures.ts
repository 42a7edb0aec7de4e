import type { Alignment } from '../align/types.js';
import { type ConceptLists, conceptLists, type ListConcepts } from './list-concepts.js';

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

function groupMeasures(
  by: GroupMeasure['by'],
  names: readonly string[],
  sizesA: Int32Array,
  sizesB: Int32Array,
  shared: Int32Array,
  out: GroupMeasure[],
): void {
  // Codes run in the order of the names: the groups come out sorted.
  names.forEach((group, code) => {
    const x = sizesA[code] ?? 0;
    const y = sizesB[code] ?? 0;
    if (x === 0 && y === 0) return;
    const both = shared[code] ?? 0;
    const union = x + y - both;
    out.push({ by, group, shared: both, union, jaccard: union === 0 ? 1 : both / union });
  });
}

/**
 * Compares two lists from their {@link ListConcepts}, in one merge of their sorted concepts:
 * each concept both have counts as shared, and as shared within a section (or a domain) when
 * both place it there; otherwise it is a section disagreement. Disagreements come in the order
 * of the concepts; groups sorted by name, sections before domains.
 *
 * @example
 * ```ts
 * const all = conceptLists(alignment);
 * const m = measurePair(all, 0, 1);
 * ```
 */
export function measurePair(all: ConceptLists, a: number, b: number): PairMeasures {
  const x = all.lists[a] ?? emptyList;
  const y = all.lists[b] ?? emptyList;
  const sectionShared = new Int32Array(all.sectionNames.length);
  const domainShared = new Int32Array(all.domainNames.length);
  const sectionDisagreements: SectionDisagreement[] = [];
  const ca = x.concepts;
  const cb = y.concepts;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < ca.length && j < cb.length) {
    const p = ca[i] as number;
    const q = cb[j] as number;
    if (p === q) {
      shared++;
      const sa = x.sections[i] as number;
      const sb = y.sections[j] as number;
      if (sa === sb) sectionShared[sa] = (sectionShared[sa] ?? 0) + 1;
      else
        sectionDisagreements.push({
          concept: p,
          sectionA: all.sectionNames[sa] ?? '',
          sectionB: all.sectionNames[sb] ?? '',
        });
      const da = x.domains[i] as number;
      if (da === y.domains[j]) domainShared[da] = (domainShared[da] ?? 0) + 1;
    }
    // Each side moves on when its concept is not the greater: no branch to mispredict.
    i += p <= q ? 1 : 0;
    j += q <= p ? 1 : 0;
  }
  const union = ca.length + cb.length - shared;
  const groups: GroupMeasure[] = [];
  groupMeasures('section', all.sectionNames, x.sectionSizes, y.sectionSizes, sectionShared, groups);
  groupMeasures('domain', all.domainNames, x.domainSizes, y.domainSizes, domainShared, groups);
  return {
    a,
    b,
    shared,
    onlyA: ca.length - shared,
    onlyB: cb.length - shared,
    jaccard: union === 0 ? 1 : shared / union,
    groups,
    sectionDisagreements,
  };
}

const emptyList: ListConcepts = {
  concepts: new Int32Array(0),
  sections: new Int32Array(0),
  domains: new Int32Array(0),
  sectionSizes: new Int32Array(0),
  domainSizes: new Int32Array(0),
};

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
  const all = conceptLists(alignment);
  return (a, b) => measurePair(all, a, b);
}

/**
 * Compares two aligned lists (by their index in the alignment).
 *
 * @example
 * ```ts
 * comparePair(alignLists([a, b]), 0, 1).jaccard;
 * ```
 */
export function comparePair(alignment: Alignment, a: number, b: number): PairMeasures {
  const m = measurePair(conceptLists(alignment, [a, b]), 0, 1);
  return { ...m, a, b };
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
