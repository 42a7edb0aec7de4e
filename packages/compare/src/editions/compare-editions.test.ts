import type { Duty, DutyList } from '@qingdan/core';
import { dutyListArbitrary, minimalList } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEditions } from './compare-editions.js';

describe('compareEditions', () => {
  it('finds no change between an edition and itself', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        const c = compareEditions(list, list);
        expect(c.changes).toEqual([]);
        expect(c.unchanged).toBe(list.duties.length);
      }),
    );
  });

  it('reports every removed and added duty by key', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ minDuties: 1 }), (list) => {
        const [first, ...rest] = list.duties as [Duty, ...Duty[]];
        const later: DutyList = { ...list, duties: rest };
        expect(compareEditions(list, later).changes).toEqual([
          { change: 'removed', key: first.key, name: first.name, from: first.section },
        ]);
        expect(compareEditions(later, list).changes).toEqual([
          { change: 'added', key: first.key, name: first.name, to: first.section },
        ]);
      }),
    );
  });

  it('sees a move, a new wording and a new basis, but not a title written short', () => {
    const list = (duties: Duty[]): DutyList => minimalList({ offices: [], duties });
    const law = (title: string, article: number) => ({
      instrument: { title },
      provisions: [{ article }],
    });
    const before = list([
      { section: 'basic', key: 'K1', name: '危房安全鉴定', legalBases: [], offices: [] },
      {
        section: 'basic',
        key: 'K2',
        name: '森林防火',
        legalBases: [law('中华人民共和国森林法', 34)],
        offices: [],
      },
    ]);
    const after = list([
      {
        section: 'reclaimed',
        key: 'K1',
        name: '危房安全鉴定',
        legalBases: [],
        offices: [],
        receivingDepartments: [],
        reclaimReasons: [],
      },
      {
        section: 'basic',
        key: 'K2',
        name: '森林防灭火',
        legalBases: [law('森林法', 34)],
        offices: [],
      },
    ]);
    expect(compareEditions(before, after).changes.map((c) => c.change)).toEqual([
      'moved',
      'reworded',
    ]);
    const rebased = list([{ ...(before.duties[1] as Duty), legalBases: [law('森林法', 35)] }]);
    expect(compareEditions(list([before.duties[1] as Duty]), rebased).changes[0]?.change).toBe(
      'rebased',
    );
  });
});
