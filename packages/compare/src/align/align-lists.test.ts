import type { DutyList } from '@qingdan/core';
import { dutyListArbitrary, minimalList } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePair } from '../measures/pair-measures.js';
import { alignLists } from './align-lists.js';

const lists = fc.array(dutyListArbitrary({ maxDuties: 8 }), { maxLength: 4 });

function renamed(list: DutyList, id: string): DutyList {
  return { ...list, id };
}

describe('alignLists', () => {
  it('puts every duty in exactly one concept, and never two duties of one list together', () => {
    fc.assert(
      fc.property(lists, (ls) => {
        const a = alignLists(ls);
        const seen = new Set<string>();
        a.concepts.forEach((concept, c) => {
          const listsInConcept = concept.members.map((m) => m.list);
          expect(new Set(listsInConcept).size).toBe(listsInConcept.length);
          for (const m of concept.members) {
            expect(a.conceptOf[m.list]?.[m.duty]).toBe(c);
            seen.add(`${m.list}/${m.duty}`);
            expect(m.score).toBeGreaterThan(0);
            expect(m.score).toBeLessThanOrEqual(1);
          }
        });
        expect(seen.size).toBe(ls.reduce((n, l) => n + l.duties.length, 0));
      }),
    );
  });

  it('aligns a list with a copy of itself duty for duty', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 10 }), (list) => {
        const a = alignLists([list, renamed(list, `${list.id}-copy`)]);
        const m = comparePair(a, 0, 1);
        expect(m.onlyA + m.onlyB).toBe(0);
        expect(m.sectionDisagreements).toEqual([]);
        list.duties.forEach((_, i) => {
          expect(a.conceptOf[1]?.[i]).toBe(a.conceptOf[0]?.[i]);
        });
      }),
    );
  });

  it('records its evidence: the same code, the same article, the name similarity', () => {
    const base = minimalList({ offices: [] });
    const a: DutyList = {
      ...base,
      id: 'a',
      title: 'a',
      duties: [
        {
          section: 'basic',
          key: 'A1',
          code: 'X-01',
          name: '困难群众低保审核',
          legalBases: [],
          offices: [],
        },
        {
          section: 'basic',
          key: 'A2',
          name: '森林病虫害防治',
          legalBases: [
            { instrument: { title: '森林病虫害防治条例' }, provisions: [{ article: 5 }] },
          ],
          offices: [],
        },
      ],
    };
    const b: DutyList = {
      ...base,
      id: 'b',
      title: 'b',
      duties: [
        {
          section: 'basic',
          key: 'B1',
          code: 'X-01',
          name: '最低生活保障申请受理',
          legalBases: [],
          offices: [],
        },
        {
          section: 'cooperating',
          key: 'B2',
          name: '林业有害生物防治',
          legalBases: [
            { instrument: { title: '森林病蟲害防治條例' }, provisions: [{ article: 5 }] },
          ],
          offices: [],
          leadDepartments: [],
        },
      ],
    };
    const al = alignLists([a, b]);
    const [byCode, byBasis] = [0, 1].map(
      (i) => al.concepts[al.conceptOf[1]?.[i] ?? -1]?.members.find((m) => m.list === 1)?.evidence,
    );
    expect(byCode?.code).toBe('X-01');
    expect(byBasis?.provisions).toEqual(['森林病虫害防治条例#5']);
    expect(byBasis?.nameSimilarity).toBeLessThan(0.6);
    expect(comparePair(al, 0, 1).sectionDisagreements).toHaveLength(1);
    expect(alignLists([a, b], { byCode: false, basisThreshold: 0.9 }).concepts).toHaveLength(4);
  });
});
