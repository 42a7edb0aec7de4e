import { describe, expect, it } from 'vitest';
import type { RowReport } from './report.js';
import { rowSection } from './row-section.js';

const report = (): RowReport => ({
  file: 'a.xlsx',
  sheet: 'Sheet1',
  row: 5,
  status: 'imported',
  issues: [],
});

describe('rowSection', () => {
  it('takes the section cell first, then the other sources in order', () => {
    expect(rowSection('基本履职事项', [['cooperating', 'sheet']], report(), 'C')).toEqual({
      section: 'basic',
      from: 'column',
    });
    expect(
      rowSection(
        undefined,
        [
          [undefined, 'sheet'],
          ['delegated', 'heading'],
        ],
        report(),
        undefined,
      ),
    ).toEqual({ section: 'delegated', from: 'heading' });
  });

  it('rejects a row nothing places, at its section cell when it has one', () => {
    const r = report();
    expect(rowSection('其他', [[undefined, 'sheet']], r, 'C')).toBeUndefined();
    expect(r.status).toBe('rejected');
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'spreadsheet-section-unknown',
        params: { value: '其他' },
        row: 5,
        column: 'C',
      }),
    ]);
    const blank = report();
    rowSection(undefined, [], blank, 'C');
    expect(blank.issues[0]).not.toHaveProperty('column');
  });
});
