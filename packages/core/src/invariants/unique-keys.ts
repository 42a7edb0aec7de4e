import { formatPath, type Issue, makeIssue } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * Invariant 6: within one edition a duty is in exactly one section and keys are unique. A duty
 * value has one `section`, so what can still go wrong is the same key, or the same published
 * item code, twice. Always an error, drafts included.
 *
 * @example
 * ```ts
 * checkUniqueKeys(list); // [] when no key or code repeats
 * ```
 */
export function checkUniqueKeys(list: DutyList): Issue[] {
  const issues: Issue[] = [];
  const keys = new Map<string, number>();
  const codes = new Map<string, number>();
  list.duties.forEach((duty, i) => {
    const firstKey = keys.get(duty.key);
    if (firstKey === undefined) keys.set(duty.key, i);
    else
      issues.push(
        makeIssue(
          'duplicate-key',
          'error',
          ['duties', i, 'key'],
          { key: duty.key, first: formatPath(['duties', firstKey]) },
          6,
        ),
      );
    if (duty.code === undefined) return;
    const firstCode = codes.get(duty.code);
    if (firstCode === undefined) codes.set(duty.code, i);
    else
      issues.push(
        makeIssue(
          'duplicate-code',
          'error',
          ['duties', i, 'code'],
          { code: duty.code, first: formatPath(['duties', firstCode]) },
          6,
        ),
      );
  });
  return issues;
}
