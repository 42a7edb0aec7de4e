import { describe, expect, it } from 'vitest';
import type { Grid } from '../read/grid.js';
import type { RowReport } from './report.js';
import { inSourceOrder } from './source-order.js';

const grid = (name: string): Grid => ({ name, rows: [], issues: [] });
const report = (sheet: string, row: number): RowReport => ({
  file: 'a.xlsx',
  sheet,
  row,
  status: 'not-a-duty',
  issues: [],
});

describe('inSourceOrder', () => {
  it('orders rows by the workbook’s sheets, then by row number', () => {
    const rows = [report('配合', 2), report('基本', 5), report('配合', 1), report('基本', 3)];
    inSourceOrder(rows, [grid('基本'), grid('配合')]);
    expect(rows.map((r) => `${r.sheet}${r.row}`)).toEqual(['基本3', '基本5', '配合1', '配合2']);
  });
});
