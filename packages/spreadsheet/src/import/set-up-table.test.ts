import { describe, expect, it } from 'vitest';
import type { GridRow } from '../read/grid.js';
import { setUpTable } from './set-up-table.js';
import { sheetTables } from './sheet-tables.js';

const row = (n: number, cells: string[]): GridRow => ({ row: n, cells, merges: [] });
const grid = {
  name: 'Sheet1',
  issues: [],
  rows: [
    row(1, ['五祖镇权责清单', '', '']),
    row(2, ['序号', '事项名称', '承办机构']),
    row(3, ['1', '森林防火', '林业站']),
    row(4, ['2', '防汛抗旱', '水利站']),
  ],
};
const at = { file: 'a.xlsx', fileName: 'a', sheet: 'Sheet1' };

describe('setUpTable', () => {
  it('finds the body, the name and number columns, and reports the rows above it', () => {
    const sheet = sheetTables(grid);
    const table = sheet?.tables[0];
    if (!sheet || !table) throw new Error('the test sheet has a header');
    const t = setUpTable(sheet, table, at, new Set());
    expect(t.body.map((r) => r.row)).toEqual([3, 4]);
    expect([t.numberIndex, t.nameIndex]).toEqual([0, 1]);
    expect(t.titles).toEqual(['五祖镇权责清单']);
    expect(t.leadRows.map((r) => r.role)).toEqual(['title', 'header']);
    expect(t.report).toMatchObject({ sheet: 'Sheet1', headerRow: 2 });
    expect(t.report.columns.map((c) => c.field)).toEqual(['number', 'name', 'offices']);
    expect(t.nameHeaders).toEqual(['事项名称']);
    // A title naming a list of one body's powers places its rows in the basic section.
    expect(t.fromKind.map(([section]) => section)).toContain('basic');
    expect(t.roleAt.get(2)?.field).toBe('offices');
  });
});
