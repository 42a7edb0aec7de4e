import type { DutyList, Result } from '@qingdan/core';
import type { SheetIssue } from '../read/grid.js';
import type { TableReport } from './table-report.js';

/**
 * What became of one source row: imported as a duty, imported with warnings, rejected (a CSV line
 * that could not be read among them), or not a duty at all (a title, header, heading, note,
 * skipped or blank row, reported so that no row goes unaccounted).
 *
 * @example
 * ```ts
 * const rejected = result.rows.filter((r) => r.status === ('rejected' satisfies RowStatus));
 * ```
 */
export type RowStatus = 'imported' | 'imported-with-warnings' | 'rejected' | 'not-a-duty';

/**
 * One row of the import report.
 *
 * @example
 * ```ts
 * const row: RowReport = { file: 'a.xlsx', sheet: '基本履职事项', row: 5, status: 'imported', key: 'basic-1', issues: [] };
 * ```
 */
export interface RowReport {
  readonly file: string;
  readonly sheet: string;
  readonly row: number;
  status: RowStatus;
  key?: string;
  name?: string;
  /**
   * For a row that is not a duty: what it is (`title`, `header`, `heading`, `note`, `part-of-row`,
   * `skipped` by the profile, `blank`).
   */
  readonly role?: string;
  /** For a row that is not a duty: its text, so nothing is lost. */
  readonly text?: string;
  issues: SheetIssue[];
}

/**
 * The outcome of an import: a `Result` whose value is the list (when the file could be read and
 * the list is valid as a draft) with its warnings, or every issue found; beside it every source
 * row's fate (`rows`), each table as understood (`tables`) and, for CSV, the encoding — the
 * report whether or not a list came out.
 *
 * @example
 * ```ts
 * const result = await importSpreadsheet(bytes, { file: '五祖镇.xlsx' });
 * if (result.ok) use(result.value); else report(result.issues);
 * result.rows.filter((r) => r.status === 'rejected').length;
 * ```
 */
export type ImportResult = Result<DutyList, SheetIssue> & {
  readonly rows: readonly RowReport[];
  /** Each table as understood: its header row, what each column was taken for and why. */
  readonly tables?: readonly TableReport[];
  /** For CSV: the encoding the file was read in. */
  readonly encoding?: string;
};

/**
 * Counts of rows by status.
 *
 * @example
 * ```ts
 * rowCounts(result.rows); // { imported: 97, 'imported-with-warnings': 3, rejected: 1, 'not-a-duty': 4 }
 * ```
 */
export function rowCounts(rows: readonly RowReport[]): Record<RowStatus, number> {
  const counts: Record<RowStatus, number> = {
    imported: 0,
    'imported-with-warnings': 0,
    rejected: 0,
    'not-a-duty': 0,
  };
  for (const r of rows) counts[r.status]++;
  return counts;
}
