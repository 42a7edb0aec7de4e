import type { SheetTable } from '../layout/split-tables.js';
import type { GridRow } from '../read/grid.js';
import { distinctTexts } from './distinct-texts.js';
import { type TableHeading, underHeading } from './heading-row.js';
import { leadRoles } from './lead-roles.js';
import type { RowReport } from './report.js';

/** The rows above a table's body, accounted for, and the titles among them. */
export interface TableLead {
  /** One report per row above the body: title, unit line, heading, note, blank or header. */
  readonly rows: RowReport[];
  /** The titles above the header, in order, to name the list and tell its kind. */
  readonly titles: string[];
}

/**
 * Reads the rows above a table's body: the lines above its header (titles, unit lines,
 * headings, notes), each reported as not a duty, a heading taken into `heading` for the rows
 * below; then its header rows, reported as the header, unless the header is made of forms'
 * labels and so in no source row.
 *
 * @example
 * ```ts
 * const lead = tableLead(sheet.rows, table, { sheet: '基本履职事项', file: 'a.xlsx', formHeader: false }, heading);
 * lead.titles; // ['五祖镇履行职责事项清单']
 * ```
 */
export function tableLead(
  sheetRows: readonly GridRow[],
  table: SheetTable,
  at: { readonly file: string; readonly sheet: string; readonly formHeader: boolean },
  heading: TableHeading,
): TableLead {
  const { file, sheet } = at;
  const rows: RowReport[] = [];
  const titles: string[] = [];
  const headerStart = table.headerIndex >= 0 ? table.headerIndex : table.bodyStart;
  for (const { row: r, role, text } of leadRoles(sheetRows.slice(table.leadStart, headerStart))) {
    if (role === 'title' && text !== '') titles.push(text);
    if (role === 'heading') underHeading(heading, text);
    rows.push({ file, sheet, row: r.row, status: 'not-a-duty', role, text, issues: [] });
  }
  // A header made of forms' labels is in no source row.
  const header =
    table.headerIndex >= 0 && !at.formHeader
      ? sheetRows.slice(table.headerIndex, table.bodyStart)
      : [];
  for (const r of header)
    rows.push({
      file,
      sheet,
      row: r.row,
      status: 'not-a-duty',
      role: 'header',
      text: distinctTexts(r.cells).join(' | '),
      issues: [],
    });
  return { rows, titles };
}
