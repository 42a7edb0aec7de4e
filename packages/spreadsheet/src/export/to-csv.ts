import { type DutyList, type Section, townshipSections, villageSections } from '@qingdan/core';
import { extraHeaderForExport } from '../layout/extra-header.js';
import { vocabularyOf } from './list-vocabulary.js';
import { neutraliseCell } from './neutralise.js';
import { dutyRow, type TableColumns, tableColumns } from './sheet-columns.js';

const quote = (cell: string): string =>
  /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

/**
 * A list's duties as one CSV table, with a 清单类别 column for the section: what
 * {@link listToCsv} writes, and the columns its CSVW metadata describes.
 *
 * @example
 * ```ts
 * csvTable(list).columns.fields.map((c) => c.header);
 * ```
 */
export function csvTable(list: DutyList): { columns: TableColumns; rows: string[][] } {
  const order: readonly Section[] = [...townshipSections, ...villageSections];
  const duties = [...list.duties].sort(
    (a, b) => order.indexOf(a.section) - order.indexOf(b.section),
  );
  const vocab = vocabularyOf(list);
  const columns = tableColumns(duties, vocab, true);
  return { columns, rows: duties.map((d) => dutyRow(d, columns, vocab)) };
}

/**
 * A list as CSV that opens safely in Excel: UTF-8 with a byte order mark (so Excel reads the
 * Chinese), CRLF line ends, Chinese headers, and every cell that could run as a formula
 * neutralised. Duties in the conventional order of sections.
 *
 * @example
 * ```ts
 * await writeFile('五祖镇.csv', listToCsv(list));
 * ```
 */
export function listToCsv(list: DutyList): string {
  const { columns, rows } = csvTable(list);
  const header = [
    ...columns.fields.map((c) => c.header),
    ...columns.extraHeaders.map(extraHeaderForExport),
  ];
  const lines = [header, ...rows].map((r) => r.map((c) => quote(neutraliseCell(c))).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
