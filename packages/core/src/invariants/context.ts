import type { Severity } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * How strictly a list is checked: a draft may have gaps (invariants 1–5 give warnings); a
 * published or superseded edition may not (they give errors).
 *
 * @example
 * ```ts
 * gapSeverity({ status: 'draft' }); // 'warning'
 * ```
 */
export function gapSeverity(list: Pick<DutyList, 'status'>): Severity {
  return list.status === 'draft' ? 'warning' : 'error';
}
