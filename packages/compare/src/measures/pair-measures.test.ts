import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignLists } from '../align/align-lists.js';
import { listProfiles } from './list-profile.js';
import { comparePair } from './pair-measures.js';

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
