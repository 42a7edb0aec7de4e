import {
  type DutyList,
  type Issue,
  makeIssue,
  type PathSegment,
  type Section,
  townshipSections,
  villageSections,
} from '@qingdan/core';
import { extraHeaderForExport } from '../layout/extra-header.js';
import { infoFields } from '../layout/info-fields.js';
import { vocabularyOf } from './list-vocabulary.js';
import { dutyRow, tableColumns } from './sheet-columns.js';

/**
 * The most characters an Excel cell holds. A longer cell makes Excel call the workbook damaged
 * and cut the text when it repairs it, so a workbook is not written with one.
 *
 * @example
 * ```ts
 * 'x'.repeat(40_000).length > xlsxCellLimit; // true: such a name cannot be exported as XLSX
 * ```
 */
export const xlsxCellLimit = 32_767;

function tooLong(
  path: readonly PathSegment[],
  column: string,
  text: string,
): Issue<'spreadsheet-cell-too-long'>[] {
  return text.length > xlsxCellLimit
    ? [
        makeIssue('spreadsheet-cell-too-long', 'error', path, {
          column,
          length: text.length,
          limit: xlsxCellLimit,
        }),
      ]
    : [];
}

/**
 * The values of a list that {@link listToXlsx} would put in a cell longer than an Excel cell
 * holds ({@link xlsxCellLimit}), each at the list's field and named by its column: exporting
 * the list as XLSX would lose them, as CSV it would not. Cells are measured as written, so a
 * field rendered from several values (offices, legal bases) counts them all.
 *
 * @example
 * ```ts
 * const issues = xlsxCellsTooLong(list);
 * if (issues.length === 0) await writeFile('五祖镇.xlsx', await listToXlsx(list));
 * ```
 */
export function xlsxCellsTooLong(list: DutyList): Issue<'spreadsheet-cell-too-long'>[] {
  const issues = infoFields.flatMap((f) => tooLong([f.field], f.label, f.render(list) ?? ''));
  const vocab = vocabularyOf(list);
  const order: readonly Section[] = [...townshipSections, ...villageSections];
  const indexOf = new Map(list.duties.map((d, i) => [d, i]));
  for (const section of order) {
    const duties = list.duties.filter((d) => d.section === section);
    if (duties.length === 0) continue;
    const columns = tableColumns(duties, vocab, false);
    const headers: { header: string; field: string }[] = [
      ...columns.fields.map((c) => ({ header: c.header, field: c.field })),
      ...columns.extraHeaders.map((h) => ({
        header: extraHeaderForExport(h),
        field: 'extraColumns',
      })),
    ];
    for (const duty of duties) {
      const row = dutyRow(duty, columns, vocab);
      row.forEach((cell, i) => {
        const column = headers[i];
        if (column)
          issues.push(
            ...tooLong(['duties', indexOf.get(duty) ?? 0, column.field], column.header, cell),
          );
      });
    }
  }
  return issues;
}
