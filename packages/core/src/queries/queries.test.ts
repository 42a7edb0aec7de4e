import { dutyListArbitrary, minimalList } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DutyList } from '../model/duty-list.js';
import { countByOffice, countBySection } from './counts.js';
import {
  dutiesCitingInstrument,
  dutiesInSection,
  dutiesOfOffice,
  findDepartment,
  findDuty,
  findOffice,
} from './lookups.js';
import { summariseList } from './summary.js';

const list: DutyList = minimalList({
  offices: [
    { key: 'shsw', name: '社会事务办公室' },
    { key: 'pajs', name: '平安建设办公室' },
  ],
  departments: [{ key: 'yjj', name: '黄梅县应急管理局' }],
  duties: [
    {
      section: 'basic',
      key: 'JB-1',
      name: '传染病防控',
      legalBases: [
        { instrument: { title: '中华人民共和国传染病防治法' }, provisions: [{ article: 12 }] },
      ],
      offices: ['shsw'],
    },
    {
      section: 'basic',
      key: 'JB-2',
      name: '公共场所卫生服务管理',
      legalBases: [{ instrument: { title: '公共场所卫生管理条例' }, provisions: [] }],
      offices: ['shsw', 'pajs'],
    },
    {
      section: 'cooperating',
      key: 'PH-1',
      name: '生产安全事故应急',
      legalBases: [],
      offices: ['pajs'],
      leadDepartments: ['yjj'],
    },
  ],
});

describe('queries', () => {
  it('counts by section and office', () => {
    expect(Object.fromEntries(countBySection(list))).toEqual({ basic: 2, cooperating: 1 });
    expect(Object.fromEntries(countByOffice(list))).toEqual({ shsw: 2, pajs: 2 });
  });

  it('finds the duties of an office, of a section, and by key', () => {
    expect(dutiesOfOffice(list, 'pajs').map((d) => d.key)).toEqual(['JB-2', 'PH-1']);
    expect(dutiesInSection(list, 'cooperating').flatMap((d) => d.leadDepartments)).toEqual(['yjj']);
    expect(findDuty(list, 'JB-2')?.name).toBe('公共场所卫生服务管理');
    expect(findOffice(list, 'shsw')?.name).toBe('社会事务办公室');
    expect(findDepartment(list, 'yjj')?.name).toBe('黄梅县应急管理局');
    expect(findDuty(list, 'nope')).toBeUndefined();
  });

  it('finds the duties citing an instrument by its short title as by its full one', () => {
    expect(dutiesCitingInstrument(list, '传染病防治法').map((d) => d.key)).toEqual(['JB-1']);
    expect(
      dutiesCitingInstrument(list, '《中华人民共和国传染病防治法》').map((d) => d.key),
    ).toEqual(['JB-1']);
  });

  it('sums sections to the total, for every generated list', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (l) => {
        const s = summariseList(l);
        expect(Object.values(s.bySection).reduce((a, b) => a + b, 0)).toBe(s.total);
        expect(Object.values(s.byDomain).reduce((a, b) => a + b, 0)).toBe(s.total);
      }),
      { numRuns: 50 },
    );
  });
});
