import type { Duty } from '@qingdan/core';
import type { Alignment } from '../align/types.js';

/**
 * How one list carries a reference item: in which section, under which wording, how sure.
 *
 * @example
 * ```ts
 * const c: ReferenceCoverage = { list: 2, key: 'JB-03-012', section: 'basic', name: '农村危房改造', score: 1 };
 * ```
 */
export interface ReferenceCoverage {
  readonly list: number;
  readonly key: string;
  readonly section: Duty['section'];
  readonly name: string;
  readonly score: number;
}

/**
 * One item of the reference list and the lists that have it.
 *
 * @example
 * ```ts
 * const i: ReferenceItem = { concept: 0, key: 'A-001', name: '森林防火', section: 'basic', coveredBy: [] };
 * ```
 */
export interface ReferenceItem {
  readonly concept: number;
  readonly key: string;
  readonly name: string;
  readonly section: Duty['section'];
  /** One entry per other list that has the item; lists that lack it are absent. */
  readonly coveredBy: readonly ReferenceCoverage[];
}

/**
 * A comparison against a reference list (a provincial template, the central catalogue): for
 * each reference item, which lists have it, in which section and with what wording; for each
 * list, the duties it adds that the reference lacks (indices into its `duties`).
 *
 * @example
 * ```ts
 * const r = compareToReference(alignment, 0);
 * r.items.filter((i) => i.coveredBy.length === 0).map((i) => i.name); // items nobody has
 * ```
 */
export interface ReferenceComparison {
  readonly reference: number;
  readonly items: readonly ReferenceItem[];
  readonly additions: ReadonlyMap<number, readonly number[]>;
}

/**
 * Compares every aligned list with the list at index `reference`. Align with the reference
 * first, so that its items found the concepts.
 *
 * @example
 * ```ts
 * compareToReference(alignLists([template, ...counties]), 0).additions.get(1)?.length;
 * ```
 */
export function compareToReference(alignment: Alignment, reference: number): ReferenceComparison {
  const refConcepts = new Set(alignment.conceptOf[reference] ?? []);
  const items = (alignment.lists[reference]?.duties ?? []).map((duty, i): ReferenceItem => {
    const concept = alignment.conceptOf[reference]?.[i] ?? -1;
    const coveredBy = (alignment.concepts[concept]?.members ?? [])
      .filter((m) => m.list !== reference)
      .map((m): ReferenceCoverage => {
        const d = alignment.lists[m.list]?.duties[m.duty] as Duty;
        return { list: m.list, key: d.key, section: d.section, name: d.name, score: m.score };
      });
    return { concept, key: duty.key, name: duty.name, section: duty.section, coveredBy };
  });
  const additions = new Map<number, number[]>();
  alignment.lists.forEach((_, l) => {
    if (l === reference) return;
    const added: number[] = [];
    alignment.conceptOf[l]?.forEach((c, i) => {
      if (!refConcepts.has(c)) added.push(i);
    });
    additions.set(l, added);
  });
  return { reference, items, additions };
}
