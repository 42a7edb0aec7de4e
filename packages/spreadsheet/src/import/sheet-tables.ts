import type { FieldName } from '../layout/fields.js';
import { findHeader, layoutAt } from '../layout/find-header.js';
import { formLayout } from '../layout/form-records.js';
import { type SheetTable, splitTables } from '../layout/split-tables.js';
import type { Grid, GridRow } from '../read/grid.js';

/**
 * A sheet's tables, over the rows they are read from: the sheet's own rows, or for items given
 * as forms, the rows a table of them would have (the labels as a header that is in no source row,
 * one row per form standing at its first source row), with each form's other source rows.
 *
 * @example
 * ```ts
 * const sheet = sheetTables(grid);
 * sheet?.tables.length; // 1
 * ```
 */
export interface SheetTables {
  readonly rows: readonly GridRow[];
  readonly tables: readonly SheetTable[];
  /** The header is made of the forms' labels: no source row to report as the header. */
  readonly formHeader: boolean;
  /** For a form, by the row it stands at: its other source rows. */
  readonly parts: ReadonlyMap<number, readonly GridRow[]>;
}

/**
 * Finds the tables of a sheet: a header (or the header a profile names) and the tables stacked
 * below it; failing that, items given as forms of label | value rows. Undefined when neither is
 * there.
 *
 * @example
 * ```ts
 * sheetTables({ name: 'Sheet1', rows, issues: [] })?.tables[0]?.columns.map((c) => c.field);
 * ```
 */
export function sheetTables(
  grid: Grid,
  extra?: ReadonlyMap<string, FieldName>,
  headerRow?: number,
): SheetTables | undefined {
  const layout = findHeader(grid.rows, extra, headerRow);
  if (layout)
    return {
      rows: grid.rows,
      tables: splitTables(grid.rows, layout, extra, headerRow),
      formHeader: false,
      parts: new Map(),
    };
  const forms = headerRow === undefined ? formLayout(grid.rows, extra) : undefined;
  if (!forms) return undefined;
  const source = (i: number) => grid.rows[i] as GridRow;
  const lead = grid.rows.slice(0, forms.leadEnd);
  const header: GridRow = { row: 0, cells: forms.labels, merges: [] };
  const records = forms.records.map((r) => ({
    row: source(r.rows[0] as number).row,
    cells: forms.labels.map((l) => r.values.get(l) ?? ''),
    merges: [],
  }));
  const rows = [...lead, header, ...records];
  const parts = new Map(
    forms.records.map((r) => [source(r.rows[0] as number).row, r.rows.slice(1).map(source)]),
  );
  const table = { ...layoutAt(rows, lead.length, extra), leadStart: 0, end: rows.length };
  return { rows, tables: [table], formHeader: true, parts };
}
