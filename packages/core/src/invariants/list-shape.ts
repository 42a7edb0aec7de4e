import { type Issue, makeIssue, type PathSegment } from '../issues/issue.js';
import { isUnifiedSocialCreditCode } from '../model/credit-code.js';
import { type Division, divisionPrefix, isDivisionCode } from '../model/division.js';
import { townshipSections, villageSections } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';

function checkDivision(division: Division, path: PathSegment[]): Issue[] {
  const issues: Issue[] = [];
  const parent = division.parent;
  const fitsLevel = isDivisionCode(division.code, division.level);
  const withinParent =
    parent === undefined || division.code.startsWith(divisionPrefix(parent.code, parent.level));
  if (!fitsLevel || !withinParent)
    issues.push(
      makeIssue('invalid-division-code', 'error', [...path, 'code'], {
        code: division.code,
        level: division.level,
        ...(parent ? { parent: parent.code } : {}),
      }),
    );
  if (parent) issues.push(...checkDivision(parent, [...path, 'parent']));
  return issues;
}

function checkCreditCode(code: string | undefined, path: PathSegment[]): Issue[] {
  if (code === undefined || isUnifiedSocialCreditCode(code)) return [];
  return [makeIssue('invalid-credit-code', 'error', path, { code })];
}

/**
 * The checks of a list's shape that a schema cannot express: division codes fit their level and
 * parent; credit codes carry a valid check character; a township list holds only township
 * sections, a village list only village item kinds.
 *
 * @example
 * ```ts
 * checkListShape(list); // [] for a well-formed list
 * ```
 */
export function checkListShape(list: DutyList): Issue[] {
  const issues: Issue[] = [...checkDivision(list.division, ['division'])];
  issues.push(...checkCreditCode(list.issuer.creditCode, ['issuer', 'creditCode']));
  list.departments.forEach((d, i) => {
    issues.push(...checkCreditCode(d.creditCode, ['departments', i, 'creditCode']));
  });
  const allowed: readonly string[] = list.kind === 'township' ? townshipSections : villageSections;
  list.duties.forEach((duty, i) => {
    if (allowed.includes(duty.section)) return;
    issues.push(
      makeIssue('section-not-in-list-kind', 'error', ['duties', i, 'section'], {
        kind: list.kind,
        section: duty.section,
        duty: duty.name,
      }),
    );
  });
  return issues;
}
