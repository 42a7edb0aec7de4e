import type { Section } from '@qingdan/core';
import type { ColumnRole } from '../layout/find-header.js';
import { primaryNameColumn } from '../layout/name-levels.js';
import type { SheetTable } from '../layout/split-tables.js';
import type { GridRow } from '../read/grid.js';
import { keepProfileExtras } from './compile-profile.js';
import type { TableMerges } from './group-report.js';
import type { TableHeading } from './heading-row.js';
import { kindSources } from './kind-sources.js';
import { wideMerges } from './merges-across.js';
import type { RowReport } from './report.js';
import type { SheetTables } from './sheet-tables.js';
import { tableLead } from './table-lead.js';
import { columnReport, type SectionSource, type TableReport } from './table-report.js';

/** Where a table stands: its file, the file's name without folder or extension, its sheet. */
export interface TablePlace {
  readonly file: string;
  readonly fileName: string;
  readonly sheet: string;
}

/** What reading a table's body needs, found once before its first row. */
export interface TableSetUp {
  readonly columns: readonly ColumnRole[];
  /** The heading the body's rows fall under, updated as headings are met. */
  readonly heading: TableHeading;
  /** The reports of the rows above the body (titles, unit lines, headings, notes, header). */
  readonly leadRows: readonly RowReport[];
  readonly titles: readonly string[];
  /** The sections the table's titles, sheet and file name suggest, as row-section weighs them. */
  readonly fromKind: readonly (readonly [Section | undefined, SectionSource])[];
  readonly nameHeaders: readonly string[];
  /** The table's report, its section filled in as rows are placed. */
  readonly report: TableReport;
  readonly body: readonly GridRow[];
  readonly nameIndex: number | undefined;
  readonly numberIndex: number | undefined;
  readonly roleAt: ReadonlyMap<number, ColumnRole>;
  readonly merges: TableMerges;
}

/**
 * Sets up one table of a sheet: its columns (with the profile's extra columns kept), the rows
 * above its body, the sections its titles suggest, its report, and where its body, name and
 * number are.
 *
 * @example
 * ```ts
 * const t = setUpTable(sheet, sheet.tables[0], { file: 'a.xlsx', fileName: 'a', sheet: 'Sheet1' }, new Set());
 * ```
 */
export function setUpTable(
  sheet: SheetTables,
  table: SheetTable,
  at: TablePlace,
  extraHeaders: ReadonlySet<string>,
): TableSetUp {
  const columns = keepProfileExtras(table.columns, extraHeaders);
  const heading: TableHeading = { text: '' };
  const lead = tableLead(
    sheet.rows,
    table,
    { file: at.file, sheet: at.sheet, formHeader: sheet.formHeader },
    heading,
  );
  const body = sheet.rows.slice(table.bodyStart, table.end);
  const report: TableReport = {
    sheet: at.sheet,
    ...(table.headerIndex >= 0 && !sheet.formHeader
      ? { headerRow: (sheet.rows[table.headerIndex] as GridRow).row }
      : {}),
    ...(sheet.formHeader ? { forms: true as const } : {}),
    columns: columns.map(columnReport),
  };
  return {
    columns,
    heading,
    leadRows: lead.rows,
    titles: lead.titles,
    fromKind: kindSources([...lead.titles, at.sheet, at.fileName], columns),
    nameHeaders: columns.filter((c) => c.field === 'name').map((c) => c.header),
    report,
    body,
    nameIndex: primaryNameColumn(columns)?.index,
    numberIndex: columns.find((c) => c.field === 'number')?.index,
    roleAt: new Map(columns.map((c) => [c.index, c] as const)),
    merges: { wide: wideMerges(body), reported: new Set() },
  };
}
