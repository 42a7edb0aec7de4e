import { type DutyList, type Issue, parseDutyList } from '@qingdan/core';
import type { SheetIssue } from '../read/grid.js';
import { type Candidate, rowLocation } from './candidate.js';
import type { RowReport } from './report.js';

/** How often a list is checked again after taking out the rows it rejects. */
const attempts = 5;

/** What the list check leaves: the list when valid, issues about no row, the duties kept. */
export interface CheckedList {
  readonly list?: DutyList;
  readonly listIssues: readonly Issue[];
  readonly live: Candidate[];
}

// An issue the list check led back to a row is marked, so that a later attempt can take it off
// again before checking anew.
type MarkedIssue = SheetIssue & { fromList?: boolean };

const unmarked = (issue: SheetIssue): SheetIssue => {
  const { fromList: _f, ...rest } = issue as MarkedIssue;
  return rest;
};

/**
 * Checks the list the candidates make (`input` builds it from their duties), leads each issue
 * about a duty back to its row and column, and takes out the rows it rejects (with `strict`, rows
 * with warnings too), checking again, so that one bad row does not sink the file.
 */
export function checkList(
  candidates: readonly Candidate[],
  input: (duties: Record<string, unknown>[]) => unknown,
  strict: boolean | undefined,
): CheckedList {
  let live = [...candidates];
  let list: DutyList | undefined;
  let listIssues: readonly Issue[] = [];
  for (let attempt = 0; attempt < attempts; attempt++) {
    for (const c of live) c.report.issues = c.report.issues.filter((i) => !('fromList' in i));
    const result = parseDutyList(input(live.map((c) => c.duty)));
    const issues = result.ok ? result.warnings : result.issues;
    listIssues = [];
    const rejected = new Set<Candidate>();
    for (const issue of issues) {
      const [top, index, field] = issue.path;
      const c = top === 'duties' && typeof index === 'number' ? live[index] : undefined;
      if (!c) {
        listIssues = [...listIssues, issue];
        continue;
      }
      const located: MarkedIssue = {
        ...issue,
        ...rowLocation(c.report, c.columns.get(String(field))),
        fromList: true,
      };
      c.report.issues.push(located);
      if (issue.severity === 'error' || strict) rejected.add(c);
    }
    if (rejected.size === 0 && result.ok) {
      list = result.value;
      break;
    }
    if (rejected.size === 0) break;
    for (const c of rejected) c.report.status = 'rejected';
    live = live.filter((c) => !rejected.has(c));
  }
  return list ? { list, listIssues, live } : { listIssues, live };
}

/**
 * Settles the rows' reports once the list is checked: the marks of the list check come off, and
 * a kept row with any issue is imported with warnings.
 */
export function settleReports(live: readonly Candidate[], rows: readonly RowReport[]): void {
  for (const c of live) {
    c.report.issues = c.report.issues.map(unmarked);
    if (c.report.status !== 'rejected' && c.report.issues.length > 0)
      c.report.status = 'imported-with-warnings';
  }
  for (const r of rows) if (r.status === 'rejected') r.issues = r.issues.map(unmarked);
}
