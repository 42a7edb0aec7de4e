import type { Duty } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { ListVocabulary } from '../layout/bodies.js';
import type { FieldName } from '../layout/fields.js';
import type { ColumnRole } from '../layout/find-header.js';
import { KeyRegistry } from '../text/key.js';
import { type DutyBuilding, dutyFromRow, type PlacedRow } from './duty-from-row.js';
import type { RowReport } from './report.js';

const columns: ColumnRole[] = [
  { index: 0, header: '序号', field: 'number', reason: 'known', score: 1 },
  { index: 1, header: '事项名称', field: 'name', reason: 'known', score: 1 },
  { index: 2, header: '备注', reason: 'unknown', score: 0 },
];
const placed = (row: number, number: string, name: string, keyCell?: string): PlacedRow => ({
  cells: {
    byField: new Map<FieldName, { header: string; value: string }[]>([
      ['number', [{ header: '序号', value: number }]],
      ['name', [{ header: '事项名称', value: name }]],
      ['key', keyCell ? [{ header: '事项标识', value: keyCell }] : []],
    ]),
    fieldColumn: new Map([
      ['number', 'A'],
      ['name', 'B'],
    ]),
    extras: [{ header: '备注', value: '试点' }],
    columnValues: new Map([
      [0, number],
      [1, name],
      [2, '试点'],
    ]),
  },
  section: 'basic',
  columns,
  row,
  context: '',
});
const building = (keptDuties: ReadonlyMap<string, Duty> = new Map()): DutyBuilding => ({
  vocab: new ListVocabulary([], [], undefined),
  keys: new KeyRegistry(),
  keptDuties,
});
const report = (row: number): RowReport => ({
  file: 'a.xlsx',
  sheet: '基本履职事项',
  row,
  status: 'imported',
  issues: [],
});

describe('dutyFromRow', () => {
  it('builds the duty from its cells, keyed by section and number, extras kept', () => {
    const r = report(3);
    const duty = dutyFromRow(placed(3, '1', '森林防火'), building(), r);
    expect(duty).toMatchObject({
      section: 'basic',
      key: 'basic-1',
      name: '森林防火',
      extraColumns: [{ header: '备注', value: '试点' }],
    });
    expect(r).toMatchObject({ key: 'basic-1', name: '森林防火', issues: [] });
  });

  it('gives a second row asking for a taken key another one, with a warning at the row', () => {
    const b = building();
    dutyFromRow(placed(3, '1', '森林防火'), b, report(3));
    const r = report(4);
    const duty = dutyFromRow(placed(4, '1', '防汛'), b, r);
    expect(duty.key).toBe('basic-1-2');
    expect(r.issues).toEqual([
      expect.objectContaining({
        code: 'spreadsheet-key-disambiguated',
        severity: 'warning',
        params: { key: 'basic-1-2', original: 'basic-1' },
        file: 'a.xlsx',
        sheet: '基本履职事项',
        row: 4,
      }),
    ]);
  });

  it('reads a row edited since export from its cells, keyed as the kept duty', () => {
    const kept: Duty = {
      section: 'basic',
      key: 'JB-01',
      name: '旧名',
      legalBases: [],
      offices: [],
    };
    const duty = dutyFromRow(
      placed(3, '1', '新名', 'JB-01'),
      building(new Map([['JB-01', kept]])),
      report(3),
    );
    expect(duty).toMatchObject({ key: 'JB-01', name: '新名' });
  });
});
