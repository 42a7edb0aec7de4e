import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * How many duties fall under each value, in the order values first appear.
 *
 * @example
 * ```ts
 * const counts: Counts = countBySection(list); counts.get('basic');
 * ```
 */
export type Counts = ReadonlyMap<string, number>;

function countBy(
  duties: readonly Duty[],
  keysOf: (duty: Duty) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const duty of duties)
    for (const key of keysOf(duty)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Duties per section: Huangmei's "101 basic, 39 cooperating, 36 reclaimed".
 *
 * @example
 * ```ts
 * countBySection(list).get('basic'); // 101
 * ```
 */
export function countBySection(list: DutyList): Counts {
  return countBy(list.duties, (d) => [d.section]);
}

/**
 * Duties per domain code; duties without a domain count under `''`.
 *
 * @example
 * ```ts
 * countByDomain(list).get('party-building');
 * ```
 */
export function countByDomain(list: DutyList): Counts {
  return countBy(list.duties, (d) => [d.domain ?? '']);
}

/**
 * Duties per undertaking office key; a duty carried by two offices counts for each.
 *
 * @example
 * ```ts
 * countByOffice(list).get('shsw');
 * ```
 */
export function countByOffice(list: DutyList): Counts {
  return countBy(list.duties, (d) => d.offices);
}

/**
 * Duties per power category; duties without one count under `''`.
 *
 * @example
 * ```ts
 * countByPowerCategory(list).get('administrative-penalty');
 * ```
 */
export function countByPowerCategory(list: DutyList): Counts {
  return countBy(list.duties, (d) => [d.powerCategory ?? '']);
}
