import { describe, expect, it } from 'vitest';
import { ListVocabulary } from '../layout/bodies.js';
import type { FieldName } from '../layout/fields.js';
import { type FieldCell, parseFields } from './parse-fields.js';

const cells = (entries: [FieldName, string, string][]) =>
  new Map<FieldName, FieldCell[]>(entries.map(([f, header, value]) => [f, [{ header, value }]]));

describe('parseFields', () => {
  it('keeps a column of another section’s field as an extra column', () => {
    const parsed = parseFields(
      cells([
        ['name', '事项名称', '消防安全宣传'],
        ['leadDepartments', '牵头部门', '县应急管理局'],
      ]),
      'basic',
      new ListVocabulary([], [], undefined),
      undefined,
      '',
    );
    expect(parsed.duty).toEqual({ name: '消防安全宣传' });
    expect(parsed.extras).toEqual([{ header: '牵头部门', value: '县应急管理局' }]);
    expect(parsed.findings).toEqual([]);
  });

  it('looks bodies up in the vocabulary and resolves a delegated duty’s mode', () => {
    const parsed = parseFields(
      cells([
        ['name', '事项名称', '林木采伐许可'],
        ['delegatingDepartments', '下放部门', '县林业局'],
        ['delegationMode', '下放方式', '委托'],
      ]),
      'delegated',
      new ListVocabulary([], [], undefined),
      undefined,
      '',
    );
    expect(parsed.duty).toMatchObject({
      name: '林木采伐许可',
      delegationMode: 'entrusted',
      delegatingDepartments: [expect.any(String)],
    });
    expect(parsed.findings).toEqual([]);
  });
});
