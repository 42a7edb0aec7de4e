import type ExcelJS from 'exceljs';

// ExcelJS takes about half a second to load: loaded when a workbook is first read or written, so
// that CSV imports, and every command that only imports this package for its types or CSV, do not
// wait for it.
let loaded: Promise<typeof ExcelJS> | undefined;

/** ExcelJS, loaded once on first use. */
export function loadExcelJs(): Promise<typeof ExcelJS> {
  loaded ??= import('exceljs').then((m) => m.default);
  return loaded;
}
