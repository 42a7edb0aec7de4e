import {
  type DutyList,
  formatDutyList,
  type Section,
  townshipSections,
  villageSections,
} from '@qingdan/core';
import type ExcelJS from 'exceljs';
import { extraHeaderForExport } from '../layout/extra-header.js';
import { infoCountLabel, infoFields } from '../layout/info-fields.js';
import { sectionLabel } from '../layout/section-of.js';
import { loadExcelJs } from '../load-exceljs.js';
import { dataSheetName, infoSheetName } from '../read/read-xlsx.js';
import { displayWidth } from './display-width.js';
import { vocabularyOf } from './list-vocabulary.js';
import { dutyRow, tableColumns } from './sheet-columns.js';

const maxWidth = 60;
const chunk = 30_000;

function fit(sheet: ExcelJS.Worksheet, rows: readonly (readonly string[])[]): void {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      const w = Math.max(...cell.split('\n').map(displayWidth));
      widths[i] = Math.max(widths[i] ?? 4, Math.min(maxWidth, w + 2));
    });
  widths.forEach((w, i) => {
    sheet.getColumn(i + 1).width = w;
  });
}

function infoRows(list: DutyList): [string, string][] {
  const rows: [string, string | undefined][] = [
    ...infoFields.map((f): [string, string | undefined] => [f.label, f.render(list)]),
    [infoCountLabel, String(list.duties.length)],
  ];
  return rows.filter((r): r is [string, string] => r[1] !== undefined);
}

/**
 * A list as an XLSX workbook in the conventional layout: a 清单信息 sheet with the list's own
 * fields, then one sheet per section named by it, Chinese headers, the header row frozen and
 * bold, columns as wide as their text (up to a limit, then wrapped). A hidden sheet keeps the
 * list exactly, so that importing the workbook gives back the same list; a cell edited in Excel,
 * on a section sheet or on 清单信息, wins over what the hidden sheet kept.
 *
 * @example
 * ```ts
 * await writeFile('五祖镇.xlsx', await listToXlsx(list));
 * ```
 */
export async function listToXlsx(list: DutyList): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  workbook.creator = 'qingdan';
  const info = workbook.addWorksheet(infoSheetName);
  const infoData: string[][] = [['项目', '内容'], ...infoRows(list)];
  info.addRows(infoData);
  info.getRow(1).font = { bold: true };
  fit(info, infoData);
  const vocab = vocabularyOf(list);
  const order: readonly Section[] = [...townshipSections, ...villageSections];
  for (const section of order) {
    const duties = list.duties.filter((d) => d.section === section);
    if (duties.length === 0) continue;
    const columns = tableColumns(duties, vocab, false);
    const header = [
      ...columns.fields.map((c) => c.header),
      ...columns.extraHeaders.map(extraHeaderForExport),
    ];
    const body = duties.map((d) => dutyRow(d, columns, vocab));
    const sheet = workbook.addWorksheet(sectionLabel(section), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.addRows([header, ...body]);
    sheet.getRow(1).font = { bold: true };
    sheet.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    fit(sheet, [header, ...body]);
    for (let r = 2; r <= body.length + 1; r++)
      sheet.getRow(r).alignment = { vertical: 'top', wrapText: true };
  }
  const data = workbook.addWorksheet(dataSheetName, { state: 'veryHidden' });
  const json = JSON.stringify(formatDutyList(list));
  for (let i = 0; i < json.length || i === 0; i += chunk) data.addRow([json.slice(i, i + chunk)]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
