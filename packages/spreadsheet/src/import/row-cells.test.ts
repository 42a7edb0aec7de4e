import { describe, expect, it } from 'vitest';
import type { FieldName } from '../layout/fields.js';
import type { ColumnRole } from '../layout/find-header.js';
import type { GridRow } from '../read/grid.js';
import { rowCells } from './row-cells.js';

const role = (index: number, header: string, field?: FieldName): ColumnRole => ({
  index,
  header,
  ...(field ? { field } : {}),
  reason: 'known',
  score: 1,
});
const roles = new Map([
  [0, role(0, '领域', 'domain')],
  [1, role(1, '事项名称', 'name')],
  [2, role(2, '责任单位', 'offices')],
]);
const row = (n: number, cells: string[]): GridRow => ({ row: n, cells, merges: [] });

describe('rowCells', () => {
  it('joins the rows of a column, keeps unclaimed columns as extras, locates each field', () => {
    const cells = rowCells(
      [row(2, ['农业', '森林防火', '林业站', '备注甲']), row(3, ['农业', '森林防火', '应急办'])],
      roles,
      undefined,
      new Map(),
    );
    expect(cells.byField.get('offices')).toEqual([{ header: '责任单位', value: '林业站\n应急办' }]);
    expect(cells.byField.get('domain')).toEqual([{ header: '领域', value: '农业' }]);
    expect(cells.extras).toEqual([{ header: 'D', value: '备注甲' }]);
    expect(cells.fieldColumn.get('offices')).toBe('C');
  });

  it('carries a carry-down field into an empty cell, but not into the source values', () => {
    const carried = new Map<FieldName, string>();
    rowCells([row(2, ['农业', '甲', '站'])], roles, ['domain'], carried);
    const second = rowCells([row(3, ['', '乙', '站'])], roles, ['domain'], carried);
    expect(second.byField.get('domain')).toEqual([{ header: '领域', value: '农业' }]);
    expect(second.columnValues.get(0)).toBe('');
    const notCarried = rowCells([row(3, ['', '乙', '站'])], roles, undefined, carried);
    expect(notCarried.byField.has('domain')).toBe(false);
  });
});
