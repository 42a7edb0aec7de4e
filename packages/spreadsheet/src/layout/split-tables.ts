import type { GridRow } from '../read/grid.js';
import type { FieldName } from './fields.js';
import { type HeaderLayout, isHeaderRow, layoutAt } from './find-header.js';
import { isNoteRow, isUnitLine, singleText } from './row-kind.js';

/**
 * One table of a sheet: its layout, the rows above its header that belong to it (title, unit
 * line, blank rows), and where its body ends.
 *
 * @example
 * ```ts
 * const table: SheetTable = { headerIndex: 3, bodyStart: 4, columns: [], leadStart: 0, end: 9 };
 * ```
 */
export interface SheetTable extends HeaderLayout {
  /** Index of the first row above the header that belongs to this table. */
  readonly leadStart: number;
  /** Index of the first row after this table's body. */
  readonly end: number;
}

const blank = (row: GridRow): boolean => row.cells.every((c) => c === '');

/**
 * A table without the empty columns at its right: no header and nothing in its body there, as
 * a narrower part stacked above or below a wider one has. The report lists only its columns.
 */
function trimmed(rows: readonly GridRow[], table: SheetTable): SheetTable {
  const header = table.headerIndex >= 0 ? rows.slice(table.headerIndex, table.bodyStart) : [];
  const body = rows.slice(table.bodyStart, table.end);
  const used = (c: number) => [...header, ...body].some((r) => (r.cells[c] ?? '') !== '');
  let width = table.columns.length;
  while (width > 1 && !table.columns[width - 1]?.field && !used(width - 1)) width--;
  return width === table.columns.length
    ? table
    : { ...table, columns: table.columns.slice(0, width) };
}

/** Rows that may stand between two tables: blank rows, unit lines and titles of one text. */
const betweenTables = (row: GridRow): boolean =>
  blank(row) || isUnitLine(row) || (singleText(row) !== undefined && !isNoteRow(row));

/**
 * The tables of a sheet stacked one below the other, each with its own title, unit line and
 * header (`不予处罚事项清单` over `从轻处罚事项清单`): a row below the first header that reads as a
 * header starts the next table, and the titles, unit lines and blank rows just above it go with
 * it. A profile that names the header row keeps one table. Empty columns at a table's right, with
 * no header and nothing in its body, are not its columns.
 *
 * @example
 * ```ts
 * const tables = splitTables(grid.rows, findHeader(grid.rows)!);
 * ```
 */
export function splitTables(
  rows: readonly GridRow[],
  first: HeaderLayout,
  extra?: ReadonlyMap<string, FieldName>,
  headerRow?: number,
): SheetTable[] {
  const tables: SheetTable[] = [];
  let current: HeaderLayout = first;
  let leadStart = 0;
  for (let i = first.bodyStart; i < rows.length && headerRow === undefined; i++) {
    if (!isHeaderRow(rows[i] as GridRow, extra)) continue;
    let start = i;
    while (start - 1 >= current.bodyStart && betweenTables(rows[start - 1] as GridRow)) start--;
    tables.push(trimmed(rows, { ...current, leadStart, end: start }));
    current = layoutAt(rows, i, extra);
    leadStart = start;
    i = current.bodyStart - 1;
  }
  tables.push(trimmed(rows, { ...current, leadStart, end: rows.length }));
  return tables;
}
