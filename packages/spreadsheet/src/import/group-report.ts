import type { GridRow, SheetIssue } from '../read/grid.js';
import { mergeAcrossIssue, type WideMerge } from './merges-across.js';
import type { RowReport } from './report.js';

/** The merged ranges of a table that span columns, and those already reported. */
export interface TableMerges {
  readonly wide: ReadonlyMap<string, WideMerge>;
  /** Top-left cells of ranges reported once, at the first row that reads them. */
  readonly reported: Set<string>;
}

/** The report of a duty's rows: the report of the row it stands at, and of each other row. */
export interface GroupReport {
  /** At the duty's first row: the cell issues of all its rows, and any merge read across columns. */
  readonly report: RowReport;
  /** Its other rows (continuation rows, a form's other rows): part of the row, or blank. */
  readonly parts: RowReport[];
}

/**
 * Accounts for the rows of one duty before it is built: the first row's report gathers the
 * cell issues of every row of the duty (a formula without a value, say) and a warning for each
 * merged range read into several columns, reported once; every other row is reported as part
 * of the first, or blank.
 *
 * @example
 * ```ts
 * const { report, parts } = groupReport(group, [], { file: 'a.xlsx', sheet: 'Sheet1' }, new Map(), { wide, reported: new Set() });
 * ```
 */
export function groupReport(
  group: readonly GridRow[],
  formParts: readonly GridRow[],
  at: { readonly file: string; readonly sheet: string },
  cellIssues: ReadonlyMap<number, readonly SheetIssue[]>,
  merges: TableMerges,
): GroupReport {
  const first = group[0];
  const row = first?.row ?? 0;
  const report: RowReport = {
    ...at,
    row,
    status: 'imported',
    issues: [...group, ...formParts].flatMap((r) => cellIssues.get(r.row) ?? []),
  };
  for (const r of group)
    r.merges.forEach((master, c) => {
      const merge = master === undefined ? undefined : merges.wide.get(master);
      if (!merge || merges.reported.has(merge.master)) return;
      merges.reported.add(merge.master);
      report.issues.push(mergeAcrossIssue(merge, r.cells[c] ?? '', at));
    });
  const parts = [...group.slice(1), ...formParts].map(
    (extra): RowReport => ({
      ...at,
      row: extra.row,
      status: 'not-a-duty',
      role: extra.cells.every((c) => c === '') ? 'blank' : 'part-of-row',
      text: `${row}`,
      issues: [],
    }),
  );
  return { report, parts };
}
