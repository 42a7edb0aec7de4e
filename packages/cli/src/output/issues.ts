import { escapeForTerminal, formatPath, issueMessages } from '@qingdan/core';
import type { LocatedIssue } from '@qingdan/listfile';

/**
 * One issue for people: where (file:line:column and the JSON/YAML path), what (severity,
 * invariant, code), then the message in Chinese and in English. The file name, the path and
 * the messages may quote user text, so each is escaped for the terminal.
 *
 * @example
 * ```ts
 * formatIssueForTerminal(issue);
 * // examples/bad.yaml:12:7 duties[3].leadDepartments
 * //   error [invariant 1] cooperating-lead-department-missing
 * //   配合履职事项「…」未指明牵头县直部门
 * //   cooperating duty "…" names no lead county department
 * ```
 */
export function formatIssueForTerminal(issue: LocatedIssue): string {
  const where = [issue.file, issue.line, issue.column].filter((x) => x !== undefined).join(':');
  const t = escapeForTerminal;
  const kind = issue.invariant
    ? `[invariant ${issue.invariant} / 第${issue.invariant}条规则] `
    : '';
  const { zh, en } = issueMessages(issue);
  return `${t(where)} ${t(formatPath(issue.path))}\n  ${issue.severity} ${kind}${issue.code}\n  ${t(zh)}\n  ${t(en)}\n`;
}

/**
 * One issue for machines: plain JSON with the path as an array and as text, and both messages.
 *
 * @example
 * ```ts
 * JSON.stringify(issueToJson(issue));
 * ```
 */
export function issueToJson(issue: LocatedIssue): Record<string, unknown> {
  const { zh, en } = issueMessages(issue);
  return {
    file: issue.file,
    ...(issue.line !== undefined ? { line: issue.line, column: issue.column } : {}),
    path: issue.path,
    pointer: formatPath(issue.path),
    severity: issue.severity,
    code: issue.code,
    ...(issue.invariant !== undefined ? { invariant: issue.invariant } : {}),
    params: issue.params,
    message: { zh, en },
  };
}
