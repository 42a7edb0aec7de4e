import { readFile } from 'node:fs/promises';
import { decodeUnicode, makeIssue } from '@qingdan/core';
import { fileIssue, fileSystemError } from '@qingdan/files';
import { listDataProperty } from '../export/csvw.js';
import { unneutraliseCell } from '../export/neutralise.js';
import { decodeText } from '../read/decode-text.js';
import type { Grid, GridRow, SheetIssue, UnreadRow } from '../read/grid.js';
import { defaultLimits, type SpreadsheetLimits } from '../read/limits.js';
import { parseCsv } from '../read/parse-csv.js';
import { readXlsx } from '../read/read-xlsx.js';
import { binaryKind, textKind } from '../read/sniff-format.js';
import { type ImportOptions, importGrids } from './import-grids.js';
import type { ImportResult } from './report.js';

/**
 * Options of {@link importSpreadsheet}: those of the import itself, and how to read the bytes.
 *
 * @example
 * ```ts
 * const options: ImportSpreadsheetOptions = { file: '清单.csv', encoding: 'gbk', section: 'basic' };
 * ```
 */
export interface ImportSpreadsheetOptions extends ImportOptions {
  /** For CSV: the encoding, when detection should not decide. */
  readonly encoding?: string;
  readonly limits?: SpreadsheetLimits;
  /** The list data export kept beside a CSV (its CSVW metadata), if any. */
  readonly stored?: unknown;
}

const failed = (issue: SheetIssue): ImportResult => ({ ok: false, rows: [], issues: [issue] });

const limitIssue = (
  what: 'file-bytes' | 'rows' | 'cells',
  limit: number,
  actual: number,
  file: string,
) => ({
  ...makeIssue('spreadsheet-limit-exceeded', 'error', [], { what, limit, actual }),
  file,
});

function csvGrid(
  text: string,
  options: ImportSpreadsheetOptions,
  limits: SpreadsheetLimits,
): Grid | SheetIssue {
  const records = parseCsv(text);
  if (records.length > limits.rows)
    return limitIssue('rows', limits.rows, records.length, options.file);
  const cellCount = records.reduce((n, r) => n + r.cells.length, 0);
  if (cellCount > limits.cells) return limitIssue('cells', limits.cells, cellCount, options.file);
  const name = options.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const rows: GridRow[] = [];
  const unread: UnreadRow[] = [];
  for (const r of records) {
    if (r.problem !== undefined) {
      unread.push({
        row: r.line,
        text: r.text,
        issue: {
          ...makeIssue('spreadsheet-csv-malformed', 'error', [], {
            problem: r.problem,
            line: r.line,
          }),
          file: options.file,
          sheet: name,
          row: r.line,
        },
      });
      continue;
    }
    rows.push({
      row: r.line,
      cells: r.cells.map((c) => unneutraliseCell(c.replace(/\r\n?/g, '\n').trim())),
      merges: [],
    });
  }
  return { name, rows, issues: [], ...(unread.length > 0 ? { unread } : {}) };
}

/**
 * Imports a duty list from the bytes of an XLSX or CSV file, told apart by their content, not
 * their name. Never throws for bad input: a file that cannot be read, is empty, or is something
 * else (a legacy .xls, a PDF, a list file …) gives a result with one issue that says so.
 *
 * @example
 * ```ts
 * const result = await importSpreadsheet(await readFile('五祖镇.xlsx'), { file: '五祖镇.xlsx' });
 * if (result.ok) console.log(result.list.duties.length);
 * for (const row of result.rows) if (row.status === 'rejected') console.log(row.sheet, row.row, row.issues);
 * ```
 */
export async function importSpreadsheet(
  bytes: Uint8Array,
  options: ImportSpreadsheetOptions,
): Promise<ImportResult> {
  const limits = options.limits ?? defaultLimits;
  const { file } = options;
  if (bytes.length === 0)
    return failed({ ...makeIssue('spreadsheet-empty', 'error', [], { format: 'file' }), file });
  const binary = binaryKind(bytes);
  if (binary !== undefined)
    return failed({
      ...makeIssue('spreadsheet-not-a-spreadsheet', 'error', [], { kind: binary }),
      file,
    });
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (zip) {
    const read = await readXlsx(bytes, file, limits);
    if (!('grids' in read)) return failed(read);
    const result = importGrids(read.grids, read.stored ?? options.stored, options, read.info);
    // The workbook's own warnings come first, in the result's warnings or issues alike.
    return result.ok
      ? { ...result, warnings: [...read.issues, ...result.warnings] }
      : { ...result, issues: [...read.issues, ...result.issues] };
  }
  if (bytes.length > limits.fileBytes)
    return failed(limitIssue('file-bytes', limits.fileBytes, bytes.length, file));
  const decoded = decodeText(bytes, options.encoding);
  const kind = decoded.ok ? textKind(decoded.value.text) : undefined;
  if (kind !== undefined)
    return failed({ ...makeIssue('spreadsheet-not-a-spreadsheet', 'error', [], { kind }), file });
  // Named .xlsx yet not a zip: not read as CSV, since a damaged workbook read so would import
  // garbage; text is said to be text, so that a CSV given the wrong name is named rightly.
  if (/\.xlsx$/i.test(file)) {
    if (decoded.ok && !decoded.value.text.includes('\u0000'))
      return failed({
        ...makeIssue('spreadsheet-unreadable', 'error', [], { reason: 'text-named-xlsx' }),
        file,
      });
    const read = await readXlsx(bytes, file, limits);
    if (!('grids' in read)) return failed(read);
  }
  if (!decoded.ok)
    return { ok: false, rows: [], issues: decoded.issues.map((issue) => ({ ...issue, file })) };
  const { text, encoding } = decoded.value;
  if (text.includes('\u0000'))
    return failed({
      ...makeIssue('spreadsheet-unreadable', 'error', [], {
        reason: 'binary-content',
      }),
      file,
    });
  const grid = csvGrid(text, options, limits);
  if (!('rows' in grid)) return failed(grid);
  if (grid.rows.every((r) => r.cells.every((c) => c === '')) && grid.unread === undefined)
    return failed({ ...makeIssue('spreadsheet-empty', 'error', [], { format: 'csv' }), file });
  return { ...importGrids([grid], options.stored, options), encoding };
}

// The list kept beside a CSV, or its text when it no longer parses: not a list, which the
// import reports rather than passing over.
function parsedOrText(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    return data;
  }
}

/**
 * Imports a duty list from a file on disk. For a CSV, the CSVW metadata file export writes
 * beside it (`<file>-metadata.json`) is read too when present.
 *
 * @example
 * ```ts
 * const result = await importSpreadsheetFile('examples/spreadsheets/huangmei-basic.csv', { section: 'basic' });
 * ```
 */
export async function importSpreadsheetFile(
  path: string,
  options: Omit<ImportSpreadsheetOptions, 'file'> & { readonly file?: string } = {},
): Promise<ImportResult> {
  const file = options.file ?? path;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (cause) {
    // A missing or unreadable file is that, not a spreadsheet that cannot be read.
    return failed({ ...fileIssue(fileSystemError('read', path, cause)), file });
  }
  let stored = options.stored;
  if (stored === undefined && /\.(csv|tsv|txt)$/i.test(path)) {
    const bytes = await readFile(`${path}-metadata.json`).catch(() => undefined);
    // Export writes it in UTF-8: other bytes are a file changed since, whose list is reported
    // unreadable (a list that is no list), never read with its Chinese turned into U+FFFD.
    const decoded = bytes === undefined ? undefined : decodeUnicode(bytes);
    if (decoded !== undefined && !decoded.ok) stored = null;
    else if (decoded !== undefined)
      try {
        const metadata = JSON.parse(decoded.text) as Record<string, unknown>;
        const data = metadata[listDataProperty];
        if (typeof data === 'string') stored = parsedOrText(data);
      } catch {
        // Not JSON, or not ours: the CSV alone is imported.
      }
  }
  return importSpreadsheet(bytes, {
    ...options,
    file,
    ...(stored === undefined ? {} : { stored }),
  });
}
