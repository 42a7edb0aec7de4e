import { makeIssue } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import type { GridRow, SheetIssue } from '../read/grid.js';
import { groupReport } from './group-report.js';
import { wideMerges } from './merges-across.js';

const at = { file: 'a.xlsx', sheet: '基本履职事项' };
const formula: SheetIssue = {
  ...makeIssue('spreadsheet-formula-without-value', 'warning', [], { formula: 'A1+1' }),
  ...at,
  row: 4,
  column: 'C',
};

describe('groupReport', () => {
  it('gathers the cell issues of every row at the first, and reports the others as its parts', () => {
    const group: GridRow[] = [
      { row: 3, cells: ['1', '森林防火', '林业站'], merges: [] },
      { row: 4, cells: ['', '', '应急办'], merges: [] },
      { row: 5, cells: ['', '', ''], merges: [] },
    ];
    const { report, parts } = groupReport(group, [], at, new Map([[4, [formula]]]), {
      wide: new Map(),
      reported: new Set(),
    });
    expect(report).toEqual({ ...at, row: 3, status: 'imported', issues: [formula] });
    expect(parts.map((p) => [p.row, p.role, p.text])).toEqual([
      [4, 'part-of-row', '3'],
      [5, 'blank', '3'],
    ]);
  });

  it('warns once of a range merged across columns, at the first row that reads it', () => {
    const merged: GridRow[] = [
      {
        row: 3,
        cells: ['1', '森林防火', '林业站', '林业站'],
        merges: [undefined, undefined, 'C3', 'C3'],
      },
    ];
    const merges = { wide: wideMerges(merged), reported: new Set<string>() };
    const first = groupReport(merged, [], at, new Map(), merges);
    expect(first.report.issues).toEqual([
      expect.objectContaining({ code: 'spreadsheet-merge-across-columns', row: 3, column: 'C' }),
    ]);
    const again = groupReport(merged, [], at, new Map(), merges);
    expect(again.report.issues).toEqual([]);
  });
});
