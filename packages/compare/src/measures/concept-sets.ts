import type { Alignment } from '../align/types.js';

/**
 * The concepts of one list, grouped by a property of its duties (section, domain): group value to
 * the set of concept indices. The group `''` holds duties without the property.
 *
 * @example
 * ```ts
 * conceptsBy(alignment, 0, (d) => d.section).get('basic')?.size;
 * ```
 */
export function conceptsBy(
  alignment: Alignment,
  list: number,
  groupOf: (duty: Alignment['lists'][number]['duties'][number]) => string,
): Map<string, Set<number>> {
  const groups = new Map<string, Set<number>>();
  const duties = alignment.lists[list]?.duties ?? [];
  const concepts = alignment.conceptOf[list];
  duties.forEach((duty, i) => {
    const key = groupOf(duty);
    const set = groups.get(key) ?? new Set<number>();
    groups.set(key, set);
    set.add(concepts?.[i] ?? -1);
  });
  return groups;
}

/**
 * The Jaccard similarity of two sets: shared over union, 1 when both are empty.
 *
 * @example
 * ```ts
 * jaccard(new Set([1, 2]), new Set([2, 3])); // 1/3
 * ```
 */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const shared = intersectionSize(a, b);
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/**
 * How many elements two sets share.
 *
 * @example
 * ```ts
 * intersectionSize(new Set([1, 2]), new Set([2, 3])); // 1
 * ```
 */
export function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
