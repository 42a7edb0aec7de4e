import ExcelJS from 'exceljs';

/** A sheet of a test workbook: rows of cell values, and ranges to merge (`A1:F1`). */
export interface SheetSpec {
  readonly name: string;
  readonly rows: readonly (readonly ExcelJS.CellValue[])[];
  readonly merges?: readonly string[];
}

/**
 * A real XLSX workbook, written by ExcelJS, for tests: fixtures are made, never committed.
 *
 * @example
 * ```ts
 * const bytes = await workbook([{ name: 'Sheet1', rows: [['序号', '事项名称'], ['1', '森林防火']] }]);
 * ```
 */
export async function workbook(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const spec of sheets) {
    const sheet = book.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== undefined) sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
