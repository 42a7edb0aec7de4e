import { makeIssue } from '@qingdan/core';
import type { ColumnRole } from '../layout/find-header.js';
import { isNoteRow, isUnitLine } from '../layout/row-kind.js';
import type { Grid, GridRow, SheetIssue } from '../read/grid.js';
import { normaliseText } from '../text/normalise.js';
import { distinctTexts } from './distinct-texts.js';
import { headingOf } from './heading-row.js';
import type { RowReport } from './report.js';

// Rows that are not duties are still accounted for, each with its role and its text, so that
// nothing in the source is dropped without a word.

/** The rows of a sheet the profile skips, each reported as skipped, unread rows too. */
export function skippedSheetRows(grid: Grid, file: string): RowReport[] {
  return [
    ...grid.rows.map((g) => ({ row: g.row, text: distinctTexts(g.cells).join(' | ') })),
    ...(grid.unread ?? []),
  ].map((r) => ({
    file,
    sheet: grid.name,
    row: r.row,
    status: 'not-a-duty',
    role: 'skipped',
    text: r.text,
    issues: [],
  }));
}

/** The rows the reader could not split into cells, rejected with the reader's issue. */
export function unreadRows(grid: Grid, file: string): RowReport[] {
  return (grid.unread ?? []).map((u) => ({
    file,
    sheet: grid.name,
    row: u.row,
    status: 'rejected',
    text: u.text,
    issues: [u.issue],
  }));
}

/** A group of rows in a table's body that is not a duty: what it is, and its text. */
export interface OtherRow {
  readonly role: 'blank' | 'unit' | 'note' | 'heading' | 'skipped';
  readonly text: string;
  /** Whether the issues of its cells stay with it (a blank or skipped row has none worth saying). */
  readonly keepsIssues: boolean;
}

/**
 * What a group of body rows is when it is not a duty: blank, a unit line (单位：万元), a note
 * (注：…), a heading inside the table, or a row the profile skips; `undefined` for a duty.
 */
export function otherRow(
  group: readonly GridRow[],
  columns: readonly ColumnRole[],
  skip: (text: string) => boolean,
): OtherRow | undefined {
  const first = group[0] as GridRow;
  const firstText = distinctTexts(first.cells)[0] ?? '';
  const single = group.length === 1;
  if (single && first.cells.every((c) => c === ''))
    return { role: 'blank', text: '', keepsIssues: false };
  if (single && (isUnitLine(first) || isNoteRow(first)))
    return {
      role: isUnitLine(first) ? 'unit' : 'note',
      text: distinctTexts(first.cells).join(' | '),
      keepsIssues: true,
    };
  const heading = headingOf(first, columns);
  if (single && heading !== undefined) {
    const note = /^(注|备注|说明)/.test(normaliseText(firstText)) || skip(firstText);
    return { role: note ? 'note' : 'heading', text: heading, keepsIssues: true };
  }
  if (skip(firstText))
    return { role: 'skipped', text: distinctTexts(first.cells).join(' | '), keepsIssues: false };
  return undefined;
}

/**
 * A sheet with rows but no header the importer can find. When every row holds at most one text (a
 * 填表说明 sheet: numbered notes, a merged paragraph), it is a notes sheet: one warning, and each
 * row kept as a note, so the list beside it still comes out. Otherwise it looks like a table the
 * importer cannot read: one error for the sheet, and every row rejected with it, so that the
 * sheet's rows are still accounted for and no list goes out without them.
 *
 * @example
 * ```ts
 * const { issue, rows } = headerlessSheet(grid, '五祖镇.xlsx');
 * issue.code; // 'spreadsheet-sheet-notes-only' or 'spreadsheet-header-not-found'
 * ```
 */
export function headerlessSheet(
  grid: Grid,
  file: string,
): { issue: SheetIssue; rows: RowReport[] } {
  const texts = grid.rows.map((r) => distinctTexts(r.cells));
  if (texts.every((t) => t.length <= 1)) {
    const issue: SheetIssue = {
      ...makeIssue('spreadsheet-sheet-notes-only', 'warning', [], {
        sheet: grid.name,
        rows: texts.filter((t) => t.length === 1).length,
      }),
      file,
      sheet: grid.name,
    };
    const rows: RowReport[] = grid.rows.map((r, i) => ({
      file,
      sheet: grid.name,
      row: r.row,
      status: 'not-a-duty',
      role: (texts[i] ?? []).length === 0 ? 'blank' : 'note',
      text: (texts[i] ?? []).join(''),
      issues: [],
    }));
    return { issue, rows };
  }
  const issue: SheetIssue = {
    ...makeIssue('spreadsheet-header-not-found', 'error', [], { sheet: grid.name }),
    file,
    sheet: grid.name,
  };
  const rows: RowReport[] = grid.rows.map((r) => ({
    file,
    sheet: grid.name,
    row: r.row,
    status: 'rejected',
    issues: [issue],
  }));
  return { issue, rows };
}
