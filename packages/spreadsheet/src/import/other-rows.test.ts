import { makeIssue } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../layout/find-header.js';
import type { Grid, GridRow } from '../read/grid.js';
import { headerlessSheet, otherRow, skippedSheetRows, unreadRows } from './other-rows.js';

const columns: ColumnRole[] = [
  { index: 0, header: '序号', field: 'number', reason: 'known', score: 1 },
  { index: 1, header: '事项名称', field: 'name', reason: 'known', score: 1 },
  { index: 2, header: '责任单位', field: 'offices', reason: 'known', score: 1 },
];
const row = (n: number, cells: string[]): GridRow => ({ row: n, cells, merges: [] });
const never = () => false;
const issue = {
  ...makeIssue('spreadsheet-cell-required', 'error', [], { column: 'A' }),
  file: 'a.csv',
};
const grid: Grid = {
  name: '说明',
  rows: [row(1, ['填表说明', '填表说明', ''])],
  unread: [{ row: 2, text: '"未闭合', issue }],
  issues: [],
};

describe('otherRow', () => {
  it('tells blank rows, unit lines, notes and headings from duties', () => {
    expect(otherRow([row(3, ['', '', ''])], columns, never)?.role).toBe('blank');
    expect(otherRow([row(3, ['单位：万元', '', ''])], columns, never)?.role).toBe('unit');
    expect(otherRow([row(3, ['注：本表据……编制', '', ''])], columns, never)?.role).toBe('note');
    expect(otherRow([row(3, ['一、安全生产', '', ''])], columns, never)).toEqual({
      role: 'heading',
      text: '一、安全生产',
      keepsIssues: true,
    });
    expect(otherRow([row(3, ['1', '森林防火', '林业站'])], columns, never)).toBeUndefined();
  });

  it('skips a row whose first text the profile skips, even over several rows', () => {
    const skip = (text: string) => text.startsWith('合计');
    const group = [row(3, ['合计', '12', '']), row(4, ['', '3', '站'])];
    expect(otherRow(group, columns, skip)).toEqual({
      role: 'skipped',
      text: '合计 | 12',
      keepsIssues: false,
    });
  });
});

describe('skippedSheetRows and unreadRows', () => {
  it('accounts for every row of a skipped sheet, unread rows too', () => {
    expect(skippedSheetRows(grid, 'a.csv').map((r) => [r.row, r.role, r.text])).toEqual([
      [1, 'skipped', '填表说明'],
      [2, 'skipped', '"未闭合'],
    ]);
  });

  it('rejects an unread row with the reader’s issue', () => {
    expect(unreadRows(grid, 'a.csv')).toEqual([
      {
        file: 'a.csv',
        sheet: '说明',
        row: 2,
        status: 'rejected',
        text: '"未闭合',
        issues: [issue],
      },
    ]);
  });
});

describe('headerlessSheet', () => {
  it('says once that a table-like sheet has no header, and rejects each of its rows with that issue', () => {
    const table: Grid = { name: '附表', rows: [row(1, ['1', '巡查', '城建办'])], issues: [] };
    const { issue: said, rows } = headerlessSheet(table, 'a.csv');
    expect(said).toMatchObject({
      code: 'spreadsheet-header-not-found',
      severity: 'error',
      params: { sheet: '附表' },
      sheet: '附表',
    });
    expect(rows).toEqual([
      { file: 'a.csv', sheet: '附表', row: 1, status: 'rejected', issues: [said] },
    ]);
  });

  it('keeps a sheet of one text a row (填表说明) as notes, with one warning', () => {
    const notes: Grid = {
      name: '说明',
      rows: [
        row(1, ['填表说明', '填表说明', '']),
        row(2, ['', '', '']),
        row(3, ['1. 本表由乡镇填写。', '', '']),
      ],
      issues: [],
    };
    const { issue: said, rows } = headerlessSheet(notes, 'a.xlsx');
    expect(said).toMatchObject({
      code: 'spreadsheet-sheet-notes-only',
      severity: 'warning',
      params: { sheet: '说明', rows: 2 },
    });
    expect(rows.map((r) => [r.row, r.status, r.role, r.text])).toEqual([
      [1, 'not-a-duty', 'note', '填表说明'],
      [2, 'not-a-duty', 'blank', ''],
      [3, 'not-a-duty', 'note', '1. 本表由乡镇填写。'],
    ]);
  });
});
