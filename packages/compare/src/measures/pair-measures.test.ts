import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignLists } from '../align/align-lists.js';
import type { Alignment } from '../align/types.js';
import { conceptsBy, intersectionSize, jaccard } from './concept-sets.js';
import { listProfiles } from './list-profile.js';
import { comparePair } from './pair-measures.js';

/** The measures as sets of concepts give them, one set per list and group: the oracle. */
function bySets(alignment: Alignment, a: number, b: number) {
  const sets = (l: number) => new Set(alignment.conceptOf[l]);
  const section = (l: number) =>
    new Map(alignment.lists[l]?.duties.map((d, i) => [alignment.conceptOf[l]?.[i], d.section]));
  const [sa, sb] = [section(a), section(b)];
  const groups = (
    by: 'section' | 'domain',
    key: (d: { section: string; domain?: string }) => string,
  ) => {
    const ga = conceptsBy(alignment, a, key);
    const gb = conceptsBy(alignment, b, key);
    return [...new Set([...ga.keys(), ...gb.keys()])].sort().map((group) => {
      const x = ga.get(group) ?? new Set<number>();
      const y = gb.get(group) ?? new Set<number>();
      const shared = intersectionSize(x, y);
      return { by, group, shared, union: x.size + y.size - shared, jaccard: jaccard(x, y) };
    });
  };
  return {
    jaccard: jaccard(sets(a), sets(b)),
    groups: [...groups('section', (d) => d.section), ...groups('domain', (d) => d.domain ?? '')],
    sectionDisagreements: [...sa]
      .filter(([c, s]) => sb.has(c) && sb.get(c) !== s)
      .map(([concept, sectionA]) => ({ concept, sectionA, sectionB: sb.get(concept) }))
      .sort((x, y) => (x.concept ?? 0) - (y.concept ?? 0)),
  };
}

const pairOfLists = fc.tuple(
  dutyListArbitrary({ maxDuties: 8, flavour: 'realistic' }),
  dutyListArbitrary({ maxDuties: 8, flavour: 'realistic' }),
);

describe('comparePair', () => {
  it('splits each list into shared and own concepts, with Jaccard between 0 and 1', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const m = comparePair(alignLists([a, b]), 0, 1);
        expect(m.shared + m.onlyA).toBe(a.duties.length);
        expect(m.shared + m.onlyB).toBe(b.duties.length);
        expect(m.jaccard).toBeGreaterThanOrEqual(0);
        expect(m.jaccard).toBeLessThanOrEqual(1);
        expect(m.sectionDisagreements.length).toBeLessThanOrEqual(m.shared);
        for (const g of m.groups) expect(g.shared).toBeLessThanOrEqual(g.union);
      }),
    );
  });

  it('gives what sets of concepts give, overall, by section and domain, and where sections differ', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const al = alignLists([a, b]);
        const m = comparePair(al, 0, 1);
        expect({
          jaccard: m.jaccard,
          groups: m.groups,
          sectionDisagreements: m.sectionDisagreements,
        }).toEqual(bySets(al, 0, 1));
      }),
      { numRuns: 40 },
    );
  });

  it('is the same seen from either side', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const al = alignLists([a, b]);
        const ab = comparePair(al, 0, 1);
        const ba = comparePair(al, 1, 0);
        expect([ba.shared, ba.onlyA, ba.onlyB, ba.jaccard]).toEqual([
          ab.shared,
          ab.onlyB,
          ab.onlyA,
          ab.jaccard,
        ]);
      }),
    );
  });

  it('counts a duty as unique to its list when no other list has its concept', () => {
    fc.assert(
      fc.property(pairOfLists, ([a, b]) => {
        const al = alignLists([a, b]);
        const m = comparePair(al, 0, 1);
        const [pa, pb] = listProfiles(al);
        expect(pa?.unique).toBe(m.onlyA);
        expect(pb?.unique).toBe(m.onlyB);
      }),
    );
  });
});
