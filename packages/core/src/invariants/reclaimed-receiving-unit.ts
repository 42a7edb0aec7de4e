import { type Issue, makeIssue, type Severity } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * Invariant 3: every reclaimed duty names the county unit that takes it over
 * (事有人管、责不落空).
 *
 * @example
 * ```ts
 * checkReclaimedReceivingUnit(list, 'error');
 * ```
 */
export function checkReclaimedReceivingUnit(list: DutyList, severity: Severity): Issue[] {
  const issues: Issue[] = [];
  list.duties.forEach((duty, i) => {
    if (duty.section === 'reclaimed' && duty.receivingDepartments.length === 0)
      issues.push(
        makeIssue(
          'reclaimed-receiving-unit-missing',
          severity,
          ['duties', i, 'receivingDepartments'],
          { duty: duty.name },
          3,
        ),
      );
  });
  return issues;
}
