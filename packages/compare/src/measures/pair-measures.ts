import type { Alignment } from '../align/types.js';
import { conceptsBy, intersectionSize, jaccard } from './concept-sets.js';

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

function sectionOfConcepts(alignment: Alignment, list: number): Map<number, string> {
  const out = new Map<number, string>();
  const concepts = alignment.conceptOf[list];
  alignment.lists[list]?.duties.forEach((d, i) => {
    out.set(concepts?.[i] ?? -1, d.section);
  });
  return out;
}

function groupMeasures(
  by: GroupMeasure['by'],
  a: Map<string, Set<number>>,
  b: Map<string, Set<number>>,
): GroupMeasure[] {
  const groups = [...new Set([...a.keys(), ...b.keys()])].sort();
  return groups.map((group) => {
    const x = a.get(group) ?? new Set<number>();
    const y = b.get(group) ?? new Set<number>();
    const shared = intersectionSize(x, y);
    return { by, group, shared, union: x.size + y.size - shared, jaccard: jaccard(x, y) };
  });
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
  const sa = sectionOfConcepts(alignment, a);
  const sb = sectionOfConcepts(alignment, b);
  let shared = 0;
  const sectionDisagreements: SectionDisagreement[] = [];
  for (const [concept, sectionA] of sa) {
    const sectionB = sb.get(concept);
    if (sectionB === undefined) continue;
    shared++;
    if (sectionA !== sectionB) sectionDisagreements.push({ concept, sectionA, sectionB });
  }
  const union = sa.size + sb.size - shared;
  return {
    a,
    b,
    shared,
    onlyA: sa.size - shared,
    onlyB: sb.size - shared,
    jaccard: union === 0 ? 1 : shared / union,
    groups: [
      ...groupMeasures(
        'section',
        conceptsBy(alignment, a, (d) => d.section),
        conceptsBy(alignment, b, (d) => d.section),
      ),
      ...groupMeasures(
        'domain',
        conceptsBy(alignment, a, (d) => d.domain ?? ''),
        conceptsBy(alignment, b, (d) => d.domain ?? ''),
      ),
    ],
    sectionDisagreements,
  };
}

/**
 * Every pair of lists compared, `a < b`, in order. For many lists prefer
 * `similarityMatrix`, which gives the overall Jaccard of all pairs at once.
 *
 * @example
 * ```ts
 * for (const m of compareAllPairs(alignment)) console.log(m.a, m.b, m.jaccard);
 * ```
 */
export function compareAllPairs(alignment: Alignment): PairMeasures[] {
  const out: PairMeasures[] = [];
  for (let a = 0; a < alignment.lists.length; a++)
    for (let b = a + 1; b < alignment.lists.length; b++) out.push(comparePair(alignment, a, b));
  return out;
}
