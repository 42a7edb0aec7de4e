import { describe, expect, it } from 'vitest';
import type { SheetTable } from '../layout/split-tables.js';
import type { GridRow } from '../read/grid.js';
import type { TableHeading } from './heading-row.js';
import { tableLead } from './table-lead.js';

const row = (n: number, cells: string[]): GridRow => ({ row: n, cells, merges: [] });
const rows = [
  row(1, ['五祖镇履行职责事项清单', '五祖镇履行职责事项清单', '']),
  row(2, ['一、安全生产', '', '']),
  row(3, ['序号', '事项名称', '责任单位']),
  row(4, ['1', '森林防火', '林业站']),
];
const table: SheetTable = { leadStart: 0, headerIndex: 2, bodyStart: 3, end: 4, columns: [] };
const at = { file: 'a.xlsx', sheet: '基本履职事项', formHeader: false };

describe('tableLead', () => {
  it('accounts for every row above the body and keeps the titles', () => {
    const heading: TableHeading = { text: '' };
    const lead = tableLead(rows, table, at, heading);
    expect(lead.titles).toEqual(['五祖镇履行职责事项清单']);
    expect(lead.rows.map((r) => [r.row, r.status, r.role])).toEqual([
      [1, 'not-a-duty', 'title'],
      [2, 'not-a-duty', 'heading'],
      [3, 'not-a-duty', 'header'],
    ]);
    expect(lead.rows[2]?.text).toBe('序号 | 事项名称 | 责任单位');
  });

  it('takes a heading above the header into account for the rows below', () => {
    const heading: TableHeading = { text: '' };
    tableLead(rows, table, at, heading);
    expect(heading.text).toBe('一、安全生产');
  });

  it('reports no header row when the header is made of forms’ labels', () => {
    const lead = tableLead(rows, table, { ...at, formHeader: true }, { text: '' });
    expect(lead.rows.map((r) => r.role)).toEqual(['title', 'heading']);
  });
});
