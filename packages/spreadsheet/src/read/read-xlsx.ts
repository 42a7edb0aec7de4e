import { makeIssue } from '@qingdan/core';
import type ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { loadExcelJs } from '../load-exceljs.js';
import { cellText } from './cell-text.js';
import { columnLetter, type Grid, type GridRow, type SheetIssue } from './grid.js';
import type { SpreadsheetLimits } from './limits.js';
import { zipKind } from './sniff-format.js';
import { unzipGuarded } from './unzip-guarded.js';

/** The name of the hidden sheet in which export keeps the list exactly. */
export const dataSheetName = '_qingdan';
/** The name of the sheet in which export shows the list's own fields to people. */
export const infoSheetName = '清单信息';

/**
 * What reading a workbook gives: its sheets as text, the visible list information sheet, the
 * data export kept, and findings.
 *
 * @example
 * ```ts
 * const read: WorkbookRead = { grids: [], issues: [] };
 * ```
 */
export interface WorkbookRead {
  readonly grids: Grid[];
  /** The 清单信息 sheet as text, when the workbook has one. */
  readonly info?: Grid;
  /** The list file content kept by export in the hidden data sheet, if any. */
  readonly stored?: unknown;
  readonly issues: SheetIssue[];
}

function readStored(sheet: ExcelJS.Worksheet): unknown {
  let json = '';
  sheet.eachRow((row) => {
    json += cellText(row.getCell(1).value).text;
  });
  try {
    return JSON.parse(json);
  } catch {
    // Kept as the text it is: not a list, which the import reports rather than passing over.
    return json;
  }
}

function readSheet(sheet: ExcelJS.Worksheet, file: string): Grid {
  const rows: GridRow[] = [];
  const issues: SheetIssue[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = new Array<string>(width).fill('');
    const merges: (string | undefined)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const { text, uncachedFormula } = cellText(cell.value);
      cells[col - 1] = text.replace(/\r\n?/g, '\n').trim();
      if (cell.isMerged) merges[col - 1] = cell.master.address;
      if (uncachedFormula !== undefined)
        issues.push({
          ...makeIssue('spreadsheet-formula-without-value', 'warning', [], {
            formula: uncachedFormula,
          }),
          file,
          sheet: sheet.name,
          row: rowNumber,
          column: columnLetter(col - 1),
        });
    });
    rows.push({ row: rowNumber, cells, merges });
  });
  return { name: sheet.name, rows, issues };
}

/**
 * Reads an XLSX file's sheets as text, under limits: the zip is opened and checked by
 * {@link unzipGuarded} first; external links are reported and dropped, never followed; formulas
 * give their cached values. A file that is not a workbook, or is truncated, is an issue, not an
 * exception.
 *
 * @example
 * ```ts
 * const read = await readXlsx(await readFile('五祖镇.xlsx'), '五祖镇.xlsx', defaultLimits);
 * if (!('grids' in read)) console.log(read);
 * ```
 */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  limits: SpreadsheetLimits,
): Promise<WorkbookRead | SheetIssue> {
  if (bytes.length > limits.fileBytes)
    return {
      ...makeIssue('spreadsheet-limit-exceeded', 'error', [], {
        what: 'file-bytes',
        limit: limits.fileBytes,
        actual: bytes.length,
      }),
      file,
    };
  const unzipped = unzipGuarded(bytes, limits);
  if (!unzipped.ok) {
    const [refusal] = unzipped.issues;
    // A refusal is one issue; the second line only satisfies the type of an empty list.
    if (refusal) return { ...refusal, file };
    return {
      ...makeIssue('spreadsheet-unreadable', 'error', [], { reason: 'no-zip-directory' }),
      file,
    };
  }
  const issues: SheetIssue[] = [];
  const parts: Record<string, Uint8Array> = {};
  for (const [name, content] of unzipped.value) {
    if (name.startsWith('xl/externalLinks/')) {
      if (name.endsWith('.xml'))
        issues.push({
          ...makeIssue('spreadsheet-external-link', 'warning', [], { target: name }),
          file,
        });
      continue;
    }
    parts[name] = content;
  }
  const kind = parts['xl/workbook.xml'] ? undefined : zipKind(unzipped.value);
  if (kind !== undefined)
    return { ...makeIssue('spreadsheet-not-a-spreadsheet', 'error', [], { kind }), file };
  if (!parts['xl/workbook.xml'])
    return {
      ...makeIssue('spreadsheet-unreadable', 'error', [], {
        reason: 'not-a-workbook',
      }),
      file,
    };
  const workbook = new (await loadExcelJs()).Workbook();
  try {
    // Stored uncompressed: the entries were already expanded under the limits above.
    await workbook.xlsx.load(zipSync(parts, { level: 0 }) as unknown as ArrayBuffer);
  } catch (cause) {
    return {
      ...makeIssue('spreadsheet-unreadable', 'error', [], {
        reason: 'damaged-workbook',
        detail: (cause as Error).message,
      }),
      file,
    };
  }
  let rowCount = 0;
  for (const sheet of workbook.worksheets) rowCount += sheet.actualRowCount;
  if (rowCount > limits.rows)
    return {
      ...makeIssue('spreadsheet-limit-exceeded', 'error', [], {
        what: 'rows',
        limit: limits.rows,
        actual: rowCount,
      }),
      file,
    };
  const grids: Grid[] = [];
  let info: Grid | undefined;
  let stored: unknown;
  for (const sheet of workbook.worksheets) {
    if (sheet.name === dataSheetName) stored = readStored(sheet);
    else if (sheet.name === infoSheetName) info = readSheet(sheet, file);
    else grids.push(readSheet(sheet, file));
  }
  const cells = grids.reduce((n, g) => n + g.rows.reduce((m, r) => m + r.cells.length, 0), 0);
  if (cells > limits.cells)
    return {
      ...makeIssue('spreadsheet-limit-exceeded', 'error', [], {
        what: 'cells',
        limit: limits.cells,
        actual: cells,
      }),
      file,
    };
  const blank = grids.every((g) => g.rows.every((r) => r.cells.every((c) => c === '')));
  if (blank && stored === undefined)
    return { ...makeIssue('spreadsheet-empty', 'error', [], { format: 'xlsx' }), file };
  return {
    grids,
    issues,
    ...(info === undefined ? {} : { info }),
    ...(stored === undefined ? {} : { stored }),
  };
}
