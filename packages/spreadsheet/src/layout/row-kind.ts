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
