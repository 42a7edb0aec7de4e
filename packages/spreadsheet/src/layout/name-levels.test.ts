import { describe, expect, it } from 'vitest';
import type { ColumnRole } from './find-header.js';
import { scoreHeader } from './match-header.js';
import { nameFromLevels, nameLevels, primaryNameColumn } from './name-levels.js';

const col = (index: number, header: string): ColumnRole => ({
  index,
  header,
  ...(scoreHeader(header) ?? { reason: 'unknown' as const, score: 0 }),
});

describe('name levels in a one-row header', () => {
  const columns = ['序号', '事项类型', '主项名称', '子项名称', '业务办理项名称', '设定依据'].map(
    (h, i) => col(i, h),
  );

  it('makes 主项, 子项 and 业务办理项 levels of one name', () => {
    expect(nameLevels(columns).map((c) => [c.field, c.level])).toEqual([
      ['number', undefined],
      ['powerCategory', undefined],
      ['name', 'item'],
      ['name', 'subItem'],
      ['name', 'task'],
      ['legalBases', undefined],
    ]);
  });

  it('gives the name to 子项 beside 项目名称 though 子项 alone names nothing', () => {
    const leveled = nameLevels([col(0, '项目名称'), col(1, '子项')]);
    expect(leveled[1]).toMatchObject({ field: 'name', level: 'subItem', reason: 'name-level' });
  });

  it('leaves a header with one level alone', () => {
    expect(nameLevels([col(0, '项目名称'), col(1, '实施依据')])).toEqual([
      col(0, '项目名称'),
      col(1, '实施依据'),
    ]);
  });

  it('names a row by its most specific level, the others kept', () => {
    expect(
      nameFromLevels(
        new Map([
          ['item', 'a'],
          ['task', 'c'],
        ]),
      ),
    ).toEqual({
      name: 'c',
      broader: ['a'],
    });
    expect(nameFromLevels(new Map([['item', 'a']]))).toEqual({ name: 'a', broader: [] });
    expect(nameFromLevels(new Map())).toBeUndefined();
    expect(primaryNameColumn(nameLevels(columns))?.header).toBe('业务办理项名称');
  });
});
