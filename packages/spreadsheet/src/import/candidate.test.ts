import { describe, expect, it } from 'vitest';
import { rowLocation } from './candidate.js';

describe('rowLocation', () => {
  const report = { file: 'a.xlsx', sheet: '基本', row: 9, status: 'imported' as const, issues: [] };
  it('locates at the row, and at the column when known', () => {
    expect(rowLocation(report)).toEqual({ file: 'a.xlsx', sheet: '基本', row: 9 });
    expect(rowLocation(report, 'C')).toEqual({
      file: 'a.xlsx',
      sheet: '基本',
      row: 9,
      column: 'C',
    });
  });
});
