import type { Alignment } from '../align/types.js';

/**
 * One list's duty concepts as sorted arrays, made once per list so that measuring a pair is a
 * merge of two short sorted arrays, with no set or map built per pair: the concepts, the section
 * of each (same index), and the concepts of each section and of each domain (`''` for duties
 * without one).
 *
 * @example
 * ```ts
 * const c = listConcepts(alignment, 0);
 * c.concepts.length; // how many concepts list 0 has
 * c.bySection.get('basic'); // its basic concepts, sorted
 * ```
 */
export interface ListConcepts {
  readonly concepts: Int32Array;
  readonly sections: readonly string[];
  readonly bySection: ConceptGroups;
  readonly byDomain: ConceptGroups;
}

/**
 * A list's concepts grouped by a property of their duties: the group names in order, and the
 * sorted concepts of each (same index).
 *
 * @example
 * ```ts
 * const g: ConceptGroups = listConcepts(alignment, 0).bySection;
 * g.names; // ['basic', 'reclaimed']
 * g.get('basic'); // Int32Array of its basic concepts, ascending
 * ```
 */
export interface ConceptGroups {
  readonly names: readonly string[];
  readonly concepts: readonly Int32Array[];
  get(name: string): Int32Array | undefined;
}

function sortedGroups(groups: Map<string, number[]>): ConceptGroups {
  const names = [...groups.keys()].sort();
  const concepts = names.map((name) => Int32Array.from(new Set(groups.get(name))).sort());
  return { names, concepts, get: (name) => concepts[names.indexOf(name)] };
}

/**
 * The {@link ListConcepts} of one aligned list. A concept holds at most one duty of a list, so
 * each concept appears once.
 *
 * @example
 * ```ts
 * listConcepts(alignLists([a, b]), 1).concepts; // Int32Array of concept indices, ascending
 * ```
 */
export function listConcepts(alignment: Alignment, list: number): ListConcepts {
  const duties = alignment.lists[list]?.duties ?? [];
  const conceptOf = alignment.conceptOf[list];
  const order = duties.map((_, i) => i);
  const concept = (i: number) => conceptOf?.[i] ?? -1;
  order.sort((x, y) => concept(x) - concept(y));
  const concepts: number[] = [];
  const sections: string[] = [];
  const bySection = new Map<string, number[]>();
  const byDomain = new Map<string, number[]>();
  for (const i of order) {
    const c = concept(i);
    const duty = duties[i];
    if (duty === undefined || c === concepts.at(-1)) continue;
    concepts.push(c);
    sections.push(duty.section);
    const section = bySection.get(duty.section) ?? [];
    bySection.set(duty.section, section);
    section.push(c);
    const domainKey = duty.domain ?? '';
    const domain = byDomain.get(domainKey) ?? [];
    byDomain.set(domainKey, domain);
    domain.push(c);
  }
  return {
    concepts: Int32Array.from(concepts),
    sections,
    bySection: sortedGroups(bySection),
    byDomain: sortedGroups(byDomain),
  };
}

/**
 * How many values two ascending arrays share, by one merge of the two.
 *
 * @example
 * ```ts
 * sharedCount(Int32Array.of(1, 2, 5), Int32Array.of(2, 3, 5)); // 2
 * ```
 */
export function sharedCount(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}
