import { minimalList } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import { ListVocabulary } from '../layout/bodies.js';
import { assembleList } from './assemble-list.js';
import type { Candidate } from './candidate.js';

// The rows' offices are named in cells, so the vocabulary adds them as it meets them.
const vocab = new ListVocabulary([], [], undefined);
const candidate = (row: number, key: string, name = '森林防火'): Candidate => ({
  duty: { section: 'basic', key, name, legalBases: [], offices: [vocab.offices.keyOf('平安办')] },
  report: { file: 'a.csv', sheet: 'Sheet1', row, status: 'imported', issues: [] },
  columns: new Map([['name', 'B']]),
});
const parts = (candidates: Candidate[]) => ({
  candidates,
  rows: candidates.map((c) => c.report),
  vocab,
  kept: undefined,
  layers: [],
  title: '五祖镇清单',
  file: 'a.csv',
  strict: false,
});

describe('assembleList', () => {
  it('fills in and reports the list fields no source gives, the title from the table', () => {
    const { list, issues } = assembleList(parts([candidate(2, 'A')]));
    expect(list).toMatchObject({ title: '五祖镇清单', status: 'draft', kind: 'township' });
    expect(list?.duties.map((d) => d.key)).toEqual(['A']);
    expect(issues.map((i) => [i.code, i.path, i.file])).toEqual([
      ['spreadsheet-list-field-assumed', ['division'], 'a.csv'],
      ['spreadsheet-list-field-assumed', ['issuer'], 'a.csv'],
    ]);
  });

  it('keeps the kept list’s order and settles the rows the list check rejects', () => {
    const kept = minimalList({
      duties: [{ section: 'basic', key: 'B', name: '森林防火', offices: ['shsw'], legalBases: [] }],
    });
    const bad = candidate(3, 'C', '');
    const { list } = assembleList({
      ...parts([candidate(2, 'A'), candidate(4, 'B'), bad]),
      kept,
    });
    expect(list?.duties.map((d) => d.key)).toEqual(['B', 'A']);
    expect(bad.report.status).toBe('rejected');
    expect(bad.report.issues[0]).toMatchObject({ row: 3, column: 'B' });
  });
});
