import { type Issue, makeIssue, type Severity } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';
import { isStructured } from '../model/legal-basis.js';

/**
 * Invariant 5: legal bases are structured, not just text; a basic duty has at least one.
 *
 * @example
 * ```ts
 * checkStructuredLegalBases(list, 'error');
 * ```
 */
export function checkStructuredLegalBases(list: DutyList, severity: Severity): Issue[] {
  const issues: Issue[] = [];
  list.duties.forEach((duty, i) => {
    if (duty.section === 'basic' && duty.legalBases.length === 0)
      issues.push(
        makeIssue(
          'basic-legal-basis-missing',
          severity,
          ['duties', i, 'legalBases'],
          { duty: duty.name },
          5,
        ),
      );
    duty.legalBases.forEach((basis, j) => {
      if (!isStructured(basis))
        issues.push(
          makeIssue(
            'legal-basis-unstructured',
            severity,
            ['duties', i, 'legalBases', j],
            { duty: duty.name, text: basis.text },
            5,
          ),
        );
    });
  });
  return issues;
}
