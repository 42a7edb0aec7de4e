import { escapeForTerminal, formatPath, type Issue, issueMessages } from '@qingdan/core';
import type { LocatedIssue } from '@qingdan/listfile';
import type { SheetIssue } from '@qingdan/spreadsheet';

/**
 * An issue as a command reports it: located in a list file (line and column) or in a
 * spreadsheet (sheet, row and column letter).
 *
 * @example
 * ```ts
 * const issue: PrintedIssue = { ...makeIssue('spreadsheet-cell-required', 'error', [], { column: '事项名称' }), file: 'a.xlsx', sheet: 'Sheet1', row: 4, column: 'C' };
 * ```
 */
export type PrintedIssue = LocatedIssue | SheetIssue | Issue;

function inSpreadsheet(issue: PrintedIssue): issue is SheetIssue {
  return (
    'sheet' in issue || 'row' in issue || ('column' in issue && typeof issue.column === 'string')
  );
}

function inFile(issue: PrintedIssue): issue is LocatedIssue {
  return 'file' in issue && !inSpreadsheet(issue);
}

/**
 * Where an issue is, as people look it up: `file:line:column path` in a list file;
 * `file › sheet!C12` in a spreadsheet, as Excel names the cell, or `file:7` for a line of a
 * file without sheets (a profile).
 */
function where(issue: PrintedIssue): string {
  if (inFile(issue)) {
    const at = [issue.file, issue.line, issue.column].filter((x) => x !== undefined).join(':');
    return `${at} ${formatPath(issue.path)}`;
  }
  if (!inSpreadsheet(issue)) return '';
  const cell = issue.row === undefined ? '' : `!${issue.column ?? ''}${issue.row}`;
  const sheet = issue.sheet === undefined ? '' : ` › ${issue.sheet}${cell}`;
  const line = issue.sheet === undefined && issue.row !== undefined ? `:${issue.row}` : '';
  const path = issue.path.length > 0 ? ` ${formatPath(issue.path)}` : '';
  return `${issue.file}${line}${sheet}${path}`;
}

/**
 * One issue for people: where (file:line:column and the JSON/YAML path, or the spreadsheet's
 * sheet and cell; nothing for an issue of a text given on the command line), what (severity,
 * invariant, code), then the message in Chinese and in English, each line after `indent`. The
 * file name, the path and the messages may quote user text, so each is escaped for the
 * terminal.
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
export function formatIssueForTerminal(issue: PrintedIssue, indent = ''): string {
  const t = escapeForTerminal;
  const kind = issue.invariant
    ? `[invariant ${issue.invariant} / 第${issue.invariant}条规则] `
    : '';
  const { zh, en } = issueMessages(issue);
  const at = 'file' in issue ? [t(where(issue))] : [];
  const lines = [...at, `  ${issue.severity} ${kind}${issue.code}`, `  ${t(zh)}`, `  ${t(en)}`];
  return lines.map((line) => `${indent}${line}\n`).join('');
}

/**
 * One issue for machines: plain JSON with where it is (as the terminal form), the path as an
 * array and as text, and both messages.
 *
 * @example
 * ```ts
 * JSON.stringify(issueToJson(issue));
 * ```
 */
export function issueToJson(issue: PrintedIssue): Record<string, unknown> {
  const { zh, en } = issueMessages(issue);
  const at = inSpreadsheet(issue)
    ? { file: issue.file, sheet: issue.sheet, row: issue.row, column: issue.column }
    : inFile(issue)
      ? {
          file: issue.file,
          ...(issue.line !== undefined ? { line: issue.line, column: issue.column } : {}),
        }
      : {};
  return {
    ...at,
    path: issue.path,
    pointer: formatPath(issue.path),
    severity: issue.severity,
    code: issue.code,
    ...(issue.invariant !== undefined ? { invariant: issue.invariant } : {}),
    params: issue.params,
    message: { zh, en },
  };
}
