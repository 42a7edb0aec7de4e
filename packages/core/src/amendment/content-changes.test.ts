import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import type { ChangeContext } from './change-context.js';
import { reassignDuty, rebaseDuty, reviseDuty, rewordDuty } from './content-changes.js';

const record = { reason: 'law-amended', approvedBy: '黄梅县委编办' } as const;
const basis = {
  instrument: { title: '中华人民共和国消防法', rank: 'law' as const },
  provisions: [{ article: 31 }],
};

function context(): ChangeContext & { issues: Issue[] } {
  return {
    duties: [
      {
        section: 'basic',
        key: 'A',
        name: '消防安全宣传',
        nameEn: 'Fire safety',
        description: '宣传',
        legalBases: [],
        offices: ['pajs'],
      },
      {
        section: 'cooperating',
        key: 'C',
        name: '森林防火',
        legalBases: [],
        offices: ['pajs'],
        leadDepartments: ['lyj'],
      },
    ],
    issues: [],
    at: (...rest) => ['a', 1, ...rest],
  };
}

describe('rewordDuty', () => {
  it('renames a duty and drops the English name and description it does not restate', () => {
    const c = context();
    rewordDuty(c, { change: 'reworded', ...record, key: 'A', name: '消防宣传' });
    expect(c.duties[0]).toEqual({
      section: 'basic',
      key: 'A',
      name: '消防宣传',
      legalBases: [],
      offices: ['pajs'],
    });
  });
});

describe('rebaseDuty', () => {
  it('replaces the legal bases, and reports a missing key', () => {
    const c = context();
    rebaseDuty(c, { change: 'rebased', ...record, key: 'A', legalBases: [basis] });
    rebaseDuty(c, { change: 'rebased', ...record, key: 'Q', legalBases: [basis] });
    expect(c.duties[0]?.legalBases).toEqual([basis]);
    expect(c.issues.map((i) => i.code)).toEqual(['amendment-unknown-duty']);
  });
});

describe('reassignDuty', () => {
  it('writes departments into the field of the duty’s section', () => {
    const c = context();
    reassignDuty(c, {
      change: 'reassigned',
      ...record,
      key: 'C',
      offices: ['nyb'],
      departments: ['yjj'],
    });
    expect(c.duties[1]).toMatchObject({ offices: ['nyb'], leadDepartments: ['yjj'] });
  });

  it('refuses departments for a section that names none', () => {
    const c = context();
    reassignDuty(c, {
      change: 'reassigned',
      ...record,
      key: 'A',
      offices: [],
      departments: ['yjj'],
    });
    expect(c.duties[0]?.offices).toEqual(['pajs']);
    expect(c.issues[0]).toMatchObject({
      code: 'amendment-no-departments',
      path: ['a', 1, 'departments'],
    });
  });
});

describe('reviseDuty', () => {
  it('replaces a duty whole', () => {
    const c = context();
    const duty: Duty = { section: 'basic', key: 'A', name: '新', legalBases: [], offices: [] };
    reviseDuty(c, { change: 'revised', ...record, key: 'A', duty });
    expect(c.duties[0]).toBe(duty);
  });

  it('refuses a new key or a new section, located at the field', () => {
    const c = context();
    const duty: Duty = { section: 'basic', key: 'B', name: '新', legalBases: [], offices: [] };
    reviseDuty(c, { change: 'revised', ...record, key: 'A', duty });
    reviseDuty(c, { change: 'revised', ...record, key: 'C', duty: { ...duty, key: 'C' } });
    expect(c.issues.map((i) => [i.code, i.path.at(-1), i.params])).toEqual([
      ['amendment-key-changed', 'key', expect.objectContaining({ received: 'B' })],
      ['amendment-section-changed', 'section', expect.objectContaining({ received: 'basic' })],
    ]);
    expect(c.duties[0]?.name).toBe('消防安全宣传');
  });
});
