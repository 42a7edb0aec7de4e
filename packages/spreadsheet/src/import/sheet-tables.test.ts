import { describe, expect, it } from 'vitest';
import type { Grid } from '../read/grid.js';
import { sheetTables } from './sheet-tables.js';

const grid = (rows: string[][]): Grid => ({
  name: 'Sheet1',
  rows: rows.map((cells, i) => ({ row: i + 1, cells, merges: [] })),
  issues: [],
});

describe('the tables of a sheet', () => {
  it('reads a sheet of forms as a table of them, each standing at its first row', () => {
    const sheet = sheetTables(
      grid([
        ['权责清单'],
        ['职权名称', '对违法建设的处罚'],
        ['类型', '行政处罚'],
        ['法定依据', '《村庄和集镇规划建设管理条例》第三十七条'],
        ['实施机构', '村镇建设办公室'],
      ]),
    );
    expect(sheet?.formHeader).toBe(true);
    expect(sheet?.rows.map((r) => r.row)).toEqual([1, 0, 2]);
    expect(sheet?.tables[0]?.columns.map((c) => c.field)).toEqual([
      'name',
      'powerCategory',
      'legalBases',
      'offices',
    ]);
    expect(sheet?.parts.get(2)?.map((r) => r.row)).toEqual([3, 4, 5]);
  });

  it('reads a sheet with a header as its tables, and a sheet with neither as none', () => {
    const table = sheetTables(
      grid([
        ['序号', '事项名称', '承办机构'],
        ['1', '甲', '乙'],
      ]),
    );
    expect(table?.formHeader).toBe(false);
    expect(table?.tables).toHaveLength(1);
    expect(sheetTables(grid([['说明'], ['见附件']]))).toBeUndefined();
  });
});
