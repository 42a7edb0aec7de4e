import type { Issue } from '@qingdan/core';
import type { SheetIssue } from '../read/grid.js';
import type { RowReport } from './report.js';

/** A duty built from rows, waiting for the list-level check, and where it came from. */
export interface Candidate {
  duty: Record<string, unknown>;
  report: RowReport;
  /** The column letter of each field, to locate the list check's issues. */
  columns: Map<string, string>;
}

/** The location of a row's issue: its file, sheet and row, and the column when known. */
export function rowLocation(report: RowReport, column?: string): Omit<SheetIssue, keyof Issue> {
  return column === undefined
    ? { file: report.file, sheet: report.sheet, row: report.row }
    : { file: report.file, sheet: report.sheet, row: report.row, column };
}
