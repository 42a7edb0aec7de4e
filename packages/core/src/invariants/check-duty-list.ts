import type { Issue } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';
import { checkBasicOffice } from './basic-office.js';
import { gapSeverity } from './context.js';
import { checkCooperatingLeadDepartment } from './cooperating-lead-department.js';
import { checkListShape } from './list-shape.js';
import { checkReclaimedReceivingUnit } from './reclaimed-receiving-unit.js';
import { checkReferences } from './references.js';
import { checkResourcesFollowTask } from './resources-follow-task.js';
import { checkStructuredLegalBases } from './structured-legal-bases.js';
import { checkUniqueKeys } from './unique-keys.js';

/**
 * Every rule a list value must hold beyond its schema: its shape, its references and the
 * invariants. Invariants 1–5 give warnings for a draft and errors for a published or superseded
 * edition; the rest are always errors. Issues come sorted by where they are.
 *
 * @example
 * ```ts
 * const errors = checkDutyList(list).filter((i) => i.severity === 'error');
 * ```
 */
export function checkDutyList(list: DutyList): Issue[] {
  const severity = gapSeverity(list);
  const issues = [
    ...checkListShape(list),
    ...checkReferences(list),
    ...checkUniqueKeys(list),
    ...checkCooperatingLeadDepartment(list, severity),
    ...checkResourcesFollowTask(list, severity),
    ...checkReclaimedReceivingUnit(list, severity),
    ...checkBasicOffice(list, severity),
    ...checkStructuredLegalBases(list, severity),
  ];
  return sortByPath(issues);
}

function comparePaths(a: Issue, b: Issue): number {
  const n = Math.min(a.path.length, b.path.length);
  for (let i = 0; i < n; i++) {
    const x = a.path[i];
    const y = b.path[i];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.path.length - b.path.length;
}

function sortByPath(issues: Issue[]): Issue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => comparePaths(a.issue, b.issue) || a.order - b.order)
    .map((x) => x.issue);
}
