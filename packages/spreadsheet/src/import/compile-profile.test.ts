import { describe, expect, it } from 'vitest';
import type { ColumnRole } from '../layout/find-header.js';
import { compileProfile, keepProfileExtras, profileColumns } from './compile-profile.js';

describe('compileProfile', () => {
  it('finds a sheet rule by exact name or by pattern, and skips rows by pattern', () => {
    const compiled = compileProfile(
      {
        sheets: [
          { match: '说明', skip: true },
          { match: '/协助/', section: 'assisting' },
        ],
        skipRowsMatching: '^合计',
      },
      'a.xlsx',
    );
    expect(compiled.issues).toEqual([]);
    expect(compiled.sheetRule('说明')?.skip).toBe(true);
    expect(compiled.sheetRule('说明一')).toBeUndefined();
    expect(compiled.sheetRule('配合协助事项')?.section).toBe('assisting');
    expect(compiled.skip('合计 12 项')).toBe(true);
    expect(compiled.skip('森林防火')).toBe(false);
  });

  it('reports a pattern it cannot use at its path, and lets it match nothing', () => {
    const compiled = compileProfile({ skipRowsMatching: '(' }, 'a.xlsx');
    expect(compiled.issues).toEqual([
      expect.objectContaining({
        code: 'spreadsheet-profile-pattern-rejected',
        path: ['skipRowsMatching'],
        file: 'a.xlsx',
      }),
    ]);
    expect(compiled.skip('(')).toBe(false);
  });

  it('has no rule and skips nothing without a profile', () => {
    const compiled = compileProfile(undefined, 'a.csv');
    expect(compiled.sheetRule('Sheet1')).toBeUndefined();
    expect(compiled.skip('')).toBe(false);
  });
});

describe('profileColumns', () => {
  it('parts headers mapped to a field (normalised, lower-cased) from headers kept as extra columns', () => {
    const { fields, extraHeaders } = profileColumns({
      columns: { 'Duty Name': 'name', 责任单位: 'offices', 备注: 'extra' },
    });
    expect([...fields]).toEqual([
      ['dutyname', 'name'],
      ['责任单位', 'offices'],
    ]);
    expect([...extraHeaders]).toEqual(['备注']);
  });
});

describe('keepProfileExtras', () => {
  it('takes the field off a column the profile keeps as an extra column', () => {
    const columns: ColumnRole[] = [
      { index: 0, header: '备 注', field: 'description', reason: 'known', score: 1 },
      { index: 1, header: '事项名称', field: 'name', reason: 'known', score: 1 },
    ];
    const kept = keepProfileExtras(columns, new Set(['备注']));
    expect(kept[0]).toEqual({ index: 0, header: '备 注', reason: 'profile', score: 1 });
    expect(kept[1]).toBe(columns[1]);
  });
});
