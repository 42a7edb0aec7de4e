import { type Issue, makeIssue, type Severity } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * Invariant 1: every cooperating duty names at least one lead county department.
 *
 * @example
 * ```ts
 * checkCooperatingLeadDepartment(list, 'error'); // [] when every cooperating duty has one
 * ```
 */
export function checkCooperatingLeadDepartment(list: DutyList, severity: Severity): Issue[] {
  const issues: Issue[] = [];
  list.duties.forEach((duty, i) => {
    if (duty.section === 'cooperating' && duty.leadDepartments.length === 0)
      issues.push(
        makeIssue(
          'cooperating-lead-department-missing',
          severity,
          ['duties', i, 'leadDepartments'],
          { duty: duty.name },
          1,
        ),
      );
  });
  return issues;
}
