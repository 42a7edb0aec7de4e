import { type Issue, makeIssue, type Severity } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';
import { carriesResources } from '../model/resources.js';

/**
 * Invariant 2: every delegated power, and every assisting duty admitted to a village, carries
 * resources (权随事转、人随事转、钱随事转).
 *
 * @example
 * ```ts
 * checkResourcesFollowTask(list, 'error');
 * ```
 */
export function checkResourcesFollowTask(list: DutyList, severity: Severity): Issue[] {
  const issues: Issue[] = [];
  list.duties.forEach((duty, i) => {
    if (duty.section !== 'delegated' && duty.section !== 'assisting') return;
    if (carriesResources(duty.resources)) return;
    const code =
      duty.section === 'delegated' ? 'delegated-resources-missing' : 'assisting-resources-missing';
    issues.push(makeIssue(code, severity, ['duties', i, 'resources'], { duty: duty.name }, 2));
  });
  return issues;
}
