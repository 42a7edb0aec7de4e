import { describe, expect, it } from 'vitest';
import type { GridRow } from '../read/grid.js';
import { groupRows } from './group-rows.js';

const row = (n: number, cells: string[], merges: (string | undefined)[] = []): GridRow => ({
  row: n,
  cells,
  merges,
});
const rowNumbers = (groups: GridRow[][]) => groups.map((g) => g.map((r) => r.row));

describe('groupRows', () => {
  it('keeps rows inside one merged name cell as one duty', () => {
    const rows = [
      row(2, ['1', '森林防火', '林业站'], [undefined, 'B2']),
      row(3, ['1', '森林防火', '应急办'], [undefined, 'B2']),
      row(4, ['2', '河道保洁', '水利站']),
    ];
    expect(rowNumbers(groupRows(rows, 1, 0))).toEqual([[2, 3], [4]]);
  });

  it('joins a row with no name and no number to the row above, not a row of one text', () => {
    const rows = [
      row(2, ['1', '森林防火', '林业站']),
      row(3, ['', '', '应急办', '县应急局']),
      row(4, ['', '', '二、农业农村']),
      row(5, ['2', '', '水利站', '县水利局']),
    ];
    expect(rowNumbers(groupRows(rows, 1, 0))).toEqual([[2, 3], [4], [5]]);
  });

  it('keeps every row apart when no column holds the name', () => {
    const rows = [row(2, ['a', 'b']), row(3, ['', 'c', 'd'])];
    expect(rowNumbers(groupRows(rows, undefined, undefined))).toEqual([[2], [3]]);
  });
});
