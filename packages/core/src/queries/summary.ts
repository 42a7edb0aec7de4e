import type { DutyList } from '../model/duty-list.js';
import { countByDomain, countByOffice, countByPowerCategory, countBySection } from './counts.js';

/**
 * The figures of a list that a reader or a report needs, as plain data.
 *
 * @example
 * ```ts
 * summariseList(list).bySection; // { basic: 101, cooperating: 39, reclaimed: 36 }
 * ```
 */
export interface ListSummary {
  readonly id: string;
  readonly title: string;
  readonly division: { readonly code: string; readonly name: string };
  readonly status: DutyList['status'];
  readonly total: number;
  readonly bySection: Readonly<Record<string, number>>;
  readonly byDomain: Readonly<Record<string, number>>;
  readonly byOffice: Readonly<Record<string, number>>;
  readonly byPowerCategory: Readonly<Record<string, number>>;
}

/**
 * Summarises a list: totals by section, domain, office and power category.
 *
 * @example
 * ```ts
 * const { total, bySection } = summariseList(list);
 * ```
 */
export function summariseList(list: DutyList): ListSummary {
  return {
    id: list.id,
    title: list.title,
    division: { code: list.division.code, name: list.division.name },
    status: list.status,
    total: list.duties.length,
    bySection: Object.fromEntries(countBySection(list)),
    byDomain: Object.fromEntries(countByDomain(list)),
    byOffice: Object.fromEntries(countByOffice(list)),
    byPowerCategory: Object.fromEntries(countByPowerCategory(list)),
  };
}
