import { departmentField, dutyDepartments } from '../amendment/department-field.js';
import { huangmeiDomainScheme } from '../codes/domains.js';
import { type Issue, makeIssue, type PathSegment } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';

function duplicates(
  items: readonly { readonly key: string }[],
  at: string,
  code: 'duplicate-office-key' | 'duplicate-department-key',
): Issue[] {
  const seen = new Set<string>();
  const issues: Issue[] = [];
  items.forEach((item, i) => {
    if (seen.has(item.key))
      issues.push(makeIssue(code, 'error', [at, i, 'key'], { key: item.key }, 6));
    seen.add(item.key);
  });
  return issues;
}

/**
 * The department keys a duty refers to, with the field they sit in: the section's field from
 * `departmentField`, whose table covers every section, so a new one cannot be forgotten here.
 */
function departmentRefs(duty: Duty): [string, readonly string[]][] {
  const field = departmentField(duty.section);
  return field === undefined ? [] : [[field, dutyDepartments(duty)]];
}

/**
 * Referential integrity: every office, department and domain a duty names is defined by the
 * list (domains: by its own scheme, or else by the default one), and no office, department or
 * domain is defined twice. Always errors: a dangling reference is a broken value, not a gap.
 *
 * @example
 * ```ts
 * checkReferences(list); // [] when every reference resolves
 * ```
 */
export function checkReferences(list: DutyList): Issue[] {
  const issues: Issue[] = [
    ...duplicates(list.offices, 'offices', 'duplicate-office-key'),
    ...duplicates(list.departments, 'departments', 'duplicate-department-key'),
  ];
  const domainCodes = new Set<string>();
  list.domains?.forEach((d, i) => {
    if (domainCodes.has(d.code))
      issues.push(
        makeIssue('duplicate-domain-code', 'error', ['domains', i, 'code'], { code: d.code }, 6),
      );
    domainCodes.add(d.code);
  });
  const scheme = list.domains ? 'list' : 'default';
  const knownDomains = list.domains
    ? domainCodes
    : new Set<string>(huangmeiDomainScheme.concepts.map((c) => c.code));
  const offices = new Set(list.offices.map((o) => o.key));
  const departments = new Set(list.departments.map((d) => d.key));
  list.duties.forEach((duty, i) => {
    const at: PathSegment[] = ['duties', i];
    duty.offices.forEach((key, j) => {
      if (!offices.has(key))
        issues.push(makeIssue('unknown-office', 'error', [...at, 'offices', j], { key }));
    });
    for (const [field, keys] of departmentRefs(duty))
      keys.forEach((key, j) => {
        if (!departments.has(key))
          issues.push(makeIssue('unknown-department', 'error', [...at, field, j], { key }));
      });
    if (duty.domain !== undefined && !knownDomains.has(duty.domain))
      issues.push(
        makeIssue('unknown-domain', 'error', [...at, 'domain'], { code: duty.domain, scheme }),
      );
  });
  return issues;
}
