import { type Issue, makeIssue, type Severity } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * Invariant 4: every basic duty is carried by at least one undertaking office of the township.
 *
 * @example
 * ```ts
 * checkBasicOffice(list, 'warning');
 * ```
 */
export function checkBasicOffice(list: DutyList, severity: Severity): Issue[] {
  const issues: Issue[] = [];
  list.duties.forEach((duty, i) => {
    if (duty.section === 'basic' && duty.offices.length === 0)
      issues.push(
        makeIssue(
          'basic-office-missing',
          severity,
          ['duties', i, 'offices'],
          { duty: duty.name },
          4,
        ),
      );
  });
  return issues;
}
