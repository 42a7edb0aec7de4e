import { makeIssue } from '@qingdan/core';
import { minimalList } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { checkList, settleReports } from './check-list.js';

const candidate = (row: number, duty: Record<string, unknown>): Candidate => ({
  duty,
  report: { file: 'a.csv', sheet: 'Sheet1', row, status: 'imported', issues: [] },
  columns: new Map([['name', 'B']]),
});
const good = (key: string) => ({
  section: 'basic',
  key,
  name: '森林防火',
  legalBases: [],
  offices: ['pajs'],
});
const { duties: _d, ...header } = minimalList({ offices: [{ key: 'pajs', name: '平安办' }] });
const input = (duties: Record<string, unknown>[]) => ({ ...header, duties });

describe('checkList', () => {
  it('takes out a row the list rejects and keeps the rest, its issue at its row and column', () => {
    const bad = candidate(3, { ...good('B'), name: '' });
    const { list, live } = checkList([candidate(2, good('A')), bad], input, false);
    expect(list?.duties.map((d) => d.key)).toEqual(['A']);
    expect(live.map((c) => c.report.row)).toEqual([2]);
    expect(bad.report.status).toBe('rejected');
    expect(bad.report.issues[0]).toMatchObject({ sheet: 'Sheet1', row: 3, column: 'B' });
  });
});

describe('settleReports', () => {
  it('takes off the list check’s marks and flags kept rows with issues', () => {
    const c = candidate(2, good('A'));
    const warning = makeIssue('spreadsheet-key-disambiguated', 'warning', ['key'], {
      key: 'A-2',
      original: 'A',
    });
    c.report.issues.push(Object.assign({ ...warning, file: 'a.csv' }, { fromList: true }));
    settleReports([c], [c.report]);
    expect(c.report.status).toBe('imported-with-warnings');
    expect(c.report.issues[0]).not.toHaveProperty('fromList');
  });
});
