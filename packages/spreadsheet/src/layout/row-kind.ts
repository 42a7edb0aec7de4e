import type { GridRow } from '../read/grid.js';
import { normaliseText } from '../text/normalise.js';

const distinct = (row: GridRow): string[] => [...new Set(row.cells.filter((c) => c !== ''))];

/**
 * A unit line above a table: `单位：（公章）`, `填表单位：…`, `填报单位(印章):` — who filled the
 * table in, not an item of it.
 *
 * @example
 * ```ts
 * isUnitLine({ row: 2, cells: ['单位:(公章)', '', ''], merges: [] }); // true
 * ```
 */
export function isUnitLine(row: GridRow): boolean {
  const values = distinct(row);
  const first = normaliseText(values[0] ?? '');
  return values.length <= 2 && /^(填表|填报|制表)?单位[:(]/.test(first);
}

/**
 * A note below or inside a table: its first cell is 注, 备注, 说明, 填表说明 or 填报人 (the
 * signature line of a form), whatever the other cells hold.
 *
 * @example
 * ```ts
 * isNoteRow({ row: 9, cells: ['备注', '检查方式填写现场检查…'], merges: [] }); // true
 * ```
 */
export function isNoteRow(row: GridRow): boolean {
  const first = normaliseText(distinct(row)[0] ?? '');
  return /^(注|备注|说明|填表说明|填报说明|填报人|联系人)([:：)）\d]|$)/.test(first);
}

/**
 * A row of one text (a cell, or one merged across the table): a title, heading or note.
 *
 * @example
 * ```ts
 * singleText({ row: 1, cells: ['下放事项清单', '下放事项清单'], merges: ['A1', 'A1'] }); // '下放事项清单'
 * ```
 */
export function singleText(row: GridRow): string | undefined {
  const values = distinct(row);
  return values.length === 1 ? values[0] : undefined;
}

/** Labels of the record a government page puts above a document: its title, index number … */
const pageRecordLabels =
  /^(标题|名称|题目|索引号|文号|发文字号|发文日期|成文日期|发布日期|公开日期|发布机构|发文机关|发文机构|主题分类|组配分类|体裁分类|信息分类|有效性|公开方式|公开范围|来源|信息来源)$/;

/**
 * A line of the record a government page shows above a document, label | value pairs such as
 * `索引号: | 1137…/2023-5377475 | 文号: |` or `发文日期: | 2023-07-25 | 发布机构: | …`: not a title of
 * the table, except that its 标题 (or 名称) gives the title. Undefined for any other row.
 *
 * @example
 * ```ts
 * pageRecordLine({ row: 1, cells: ['标题:', '2023年度抽查事项清单'], merges: [] });
 * // { title: '2023年度抽查事项清单' }
 * pageRecordLine({ row: 2, cells: ['索引号:', '1137', '文号:', ''], merges: [] }); // {}
 * ```
 */
export function pageRecordLine(row: GridRow): { title?: string } | undefined {
  const values = distinct(row);
  const label = (text: string) => {
    const n = normaliseText(text);
    const bare = n.replace(/[:：]$/, '');
    return bare !== n && pageRecordLabels.test(bare) ? bare : undefined;
  };
  const first = label(values[0] ?? '');
  // Every cell that reads as a label must be one of the record's, so a table row never is.
  const others = values.slice(1).filter((v) => /[:：]$/.test(normaliseText(v)));
  if (!first || others.some((v) => !label(v))) return undefined;
  const title = /^(标题|名称|题目)$/.test(first) ? values[1] : undefined;
  return title ? { title } : {};
}
