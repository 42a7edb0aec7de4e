import { type DutyList, makeIssue, parseDutyList, type Section } from '@qingdan/core';
import { ListVocabulary } from '../layout/bodies.js';
import type { FieldName } from '../layout/fields.js';
import { sectionOf } from '../layout/section-of.js';
import type { Profile } from '../profile/profile.js';
import type { Grid, GridRow, SheetIssue } from '../read/grid.js';
import { KeyRegistry } from '../text/key.js';
import { normaliseText } from '../text/normalise.js';
import { assembleList } from './assemble-list.js';
import type { Candidate } from './candidate.js';
import { compileProfile, profileColumns } from './compile-profile.js';
import { type DutyBuilding, dutyFromRow } from './duty-from-row.js';
import { groupReport } from './group-report.js';
import { groupRows } from './group-rows.js';
import { underHeading } from './heading-row.js';
import { listInfo } from './list-info.js';
import { headerlessSheet, otherRow, skippedSheetRows, unreadRows } from './other-rows.js';
import type { ImportResult, RowReport } from './report.js';
import { rowCells } from './row-cells.js';
import { rowSection } from './row-section.js';
import { setUpTable } from './set-up-table.js';
import { sheetTables } from './sheet-tables.js';
import { inSourceOrder } from './source-order.js';
import { columnsForSection, type TableReport } from './table-report.js';

/**
 * How to import: where the data came from (for messages), and what the file does not say.
 *
 * @example
 * ```ts
 * const options: ImportOptions = { file: '执法事项.xlsx', section: 'basic', strict: true };
 * ```
 */
export interface ImportOptions {
  /** The file name shown in every location. */
  readonly file: string;
  readonly profile?: Profile;
  /** The section of rows that neither a column, the sheet name nor the profile places. */
  readonly section?: Section;
  /** Warnings reject the row instead of importing it. */
  readonly strict?: boolean;
  /** The list's own fields (id, title, division, issuer …), as in a list file. */
  readonly list?: Record<string, unknown>;
  /** Called now and then with rows done and rows in all, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Imports sheets read into text: finds each sheet's header, places every row in a section,
 * builds duties (keys from the code as published, else from the numbering), checks the list, and
 * accounts for every row. Rows the list check rejects are taken out and the rest checked again,
 * so one bad row does not sink the file. With `info`, a workbook's 清单信息 sheet, the list fields
 * shown there win over those `stored` kept, each difference reported.
 *
 * @example
 * ```ts
 * const result = importGrids(grids, undefined, { file: 'a.csv', section: 'basic' });
 * ```
 */
export function importGrids(
  grids: readonly Grid[],
  stored: unknown,
  options: ImportOptions,
  info?: Grid,
): ImportResult {
  const { file, profile } = options;
  const fileIssues: SheetIssue[] = [];
  const storedList = stored === undefined ? undefined : parseDutyList(stored);
  const kept: DutyList | undefined = storedList?.ok ? storedList.value : undefined;
  // The list export kept (hidden sheet, CSVW metadata) changed or damaged since: the visible
  // cells are imported alone, and the user told that keys and unshown fields may differ.
  if (storedList && !storedList.ok)
    fileIssues.push({ ...makeIssue('spreadsheet-stored-list-unreadable', 'warning', []), file });
  const { duties: _d, ...keptHeader } = (kept ?? {}) as Partial<DutyList>;
  const shown = info ? listInfo(info, kept, file) : undefined;
  fileIssues.push(...(shown?.issues ?? []));
  const vocab = new ListVocabulary(kept?.offices ?? [], kept?.departments ?? [], kept?.domains);
  const keptDuties = new Map((kept?.duties ?? []).map((d) => [d.key, d] as const));
  const { fields: columnFields, extraHeaders } = profileColumns(profile);
  const patterns = compileProfile(profile, file);
  fileIssues.push(...patterns.issues);
  const building: DutyBuilding = { vocab, keys: new KeyRegistry(), keptDuties };
  const rows: RowReport[] = [];
  const candidates: Candidate[] = [];
  let title: string | undefined;
  const tableReports: TableReport[] = [];
  const total = grids.reduce((n, g) => n + g.rows.length, 0);
  let done = 0;

  for (const grid of grids) {
    const rule = patterns.sheetRule(grid.name);
    if (rule?.skip) {
      // A sheet the profile skips is still accounted for, row by row.
      rows.push(...skippedSheetRows(grid, file));
      continue;
    }
    rows.push(...unreadRows(grid, file));
    const cellIssues = new Map<number, SheetIssue[]>();
    for (const issue of grid.issues)
      cellIssues.set(issue.row ?? 0, [...(cellIssues.get(issue.row ?? 0) ?? []), issue]);
    const sheet = sheetTables(grid, columnFields, profile?.headerRow);
    if (!sheet) {
      if (grid.rows.length === 0) continue;
      const headerless = headerlessSheet(grid, file);
      fileIssues.push(headerless.issue);
      rows.push(...headerless.rows);
      continue;
    }
    const sheetSection = rule?.section ?? sectionOf(grid.name);
    const fileName = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
    for (const table of sheet.tables) {
      const {
        columns,
        heading,
        leadRows,
        titles: tableTitles,
        fromKind,
        nameHeaders,
        report: tableReport,
        body,
        nameIndex,
        numberIndex,
        roleAt,
        merges,
      } = setUpTable(sheet, table, { file, fileName, sheet: grid.name }, extraHeaders);
      rows.push(...leadRows);
      tableReports.push(tableReport);
      if (title === undefined)
        title = tableTitles.find((t) => !/^附件\s*\d*$/.test(normaliseText(t)));
      const carried = new Map<FieldName, string>();
      // The sections the table's rows are placed in, and whether a section column placed them.
      const tableSections = new Set<Section>();
      let sectionColumn = false;
      for (const group of groupRows(body, nameIndex, numberIndex)) {
        const first = group[0] as GridRow;
        // A form's other rows are read into the row it stands at.
        const formParts = sheet.parts.get(first.row) ?? [];
        done += group.length + formParts.length;
        if (done % 500 < group.length) options.onProgress?.(done, total);
        const base = { file, sheet: grid.name, row: first.row };
        const other = otherRow(group, columns, patterns.skip);
        if (other) {
          if (other.role === 'heading') underHeading(heading, other.text);
          rows.push({
            ...base,
            status: 'not-a-duty',
            role: other.role,
            text: other.text,
            issues: other.keepsIssues ? (cellIssues.get(first.row) ?? []) : [],
          });
          continue;
        }
        const cells = rowCells(group, roleAt, profile?.carryDown, carried);
        const { byField, fieldColumn } = cells;
        if (!byField.has('domain') && heading.domain)
          byField.set('domain', [{ header: '领域', value: heading.domain }]);
        const { report, parts } = groupReport(
          group,
          formParts,
          { file, sheet: grid.name },
          cellIssues,
          merges,
        );
        rows.push(...parts);
        rows.push(report);
        const sectionCell = byField.get('section')?.[0]?.value;
        const placed = rowSection(
          sectionCell,
          [
            [sheetSection, 'sheet'],
            [heading.section, 'heading'],
            [profile?.section, 'profile'],
            [options.section, 'option'],
            ...fromKind,
          ],
          report,
          fieldColumn.get('section'),
        );
        if (!placed) continue;
        const { section } = placed;
        tableSections.add(section);
        if (placed.from === 'column') sectionColumn = true;
        if (tableReport.section === undefined) {
          tableReport.section = section;
          tableReport.sectionFrom = placed.from;
        }
        const duty = dutyFromRow(
          {
            cells,
            section,
            columns,
            row: first.row,
            context: `${sectionCell ?? ''}${grid.name}${heading.text}${tableTitles.join('')}${nameHeaders.join('')}`,
          },
          building,
          report,
        );
        // The schema is checked once for the whole list below, and its issues led back here.
        if (report.issues.some((i) => i.severity === 'error' || options.strict)) {
          report.status = 'rejected';
          continue;
        }
        candidates.push({ duty, report, columns: fieldColumn });
      }
      // A table of one section shows a column of another section's field as its rows keep it.
      const [only] = tableSections;
      if (only && tableSections.size === 1 && !sectionColumn)
        tableReport.columns = columnsForSection(tableReport.columns, only);
    }
  }
  options.onProgress?.(total, total);
  inSourceOrder(rows, grids);

  const { list, issues: listIssues } = assembleList({
    candidates,
    rows,
    vocab,
    kept,
    layers: [keptHeader as Record<string, unknown>, shown?.fields, profile?.list, options.list],
    title,
    file,
    strict: options.strict,
  });
  fileIssues.push(...listIssues);
  const report = { rows, tables: tableReports };
  // A list came out, yet an error about the file (a sheet without a header, a profile pattern
  // refused) means part of it was not read: the import fails, its report kept.
  return list && !fileIssues.some((i) => i.severity === 'error')
    ? { ok: true, value: list, warnings: fileIssues, ...report }
    : { ok: false, issues: fileIssues, ...report };
}
