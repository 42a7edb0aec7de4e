import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDutyList } from '../invariants/check-duty-list.js';
import type { DutyList } from '../model/duty-list.js';
import { applyAmendments } from './apply-amendments.js';
import { diffEditions } from './diff-editions.js';

/**
 * Two editions that share duty identities: `b` is another valid list whose duties take over
 * some of `a`'s keys, so that the pair has duties kept, moved between sections, changed in
 * every field, removed, added and reordered.
 */
const editionPair = fc
  .tuple(
    dutyListArbitrary({ kind: 'township', maxDuties: 8 }),
    dutyListArbitrary({ kind: 'township', maxDuties: 8 }),
    fc.array(fc.nat(), { maxLength: 8 }),
  )
  .map(([a, c, picks]): [DutyList, DutyList] => {
    const aKeys = a.duties.map((d) => d.key);
    const cKeys = new Set(c.duties.map((d) => d.key));
    const taken = new Set<string>();
    const duties = c.duties.map((duty, i) => {
      const pick = picks[i];
      if (pick === undefined || aKeys.length === 0) return duty;
      const key = aKeys[pick % aKeys.length] as string;
      if (taken.has(key) || (cKeys.has(key) && key !== duty.key)) return duty;
      taken.add(key);
      return { ...duty, key };
    });
    return [a, { ...c, duties }];
  });

/** The same edition with some duties dropped and the rest shuffled. */
const shuffledPair = dutyListArbitrary({ maxDuties: 10 }).chain((a) =>
  fc
    .shuffledSubarray([...a.duties], { minLength: 0 })
    .map((duties): [DutyList, DutyList] => [a, { ...a, duties }]),
);

describe('diffEditions', () => {
  it('meets every kind of change on the generated pairs', () => {
    const pairs = [
      ...fc.sample(editionPair, { numRuns: 120, seed: 20250630 }),
      ...fc.sample(shuffledPair, { numRuns: 30, seed: 20250630 }),
    ];
    const kinds = new Set(pairs.flatMap(([a, b]) => diffEditions(a, b).map((x) => x.change)));
    expect([...kinds].sort()).toEqual(
      [
        'added',
        'edition',
        'moved',
        'organisations',
        'reassigned',
        'rebased',
        'removed',
        'reordered',
        'reworded',
        'revised',
      ].sort(),
    );
  });

  it('apply(a, diff(a, b)) equals b for editions sharing duties', () => {
    fc.assert(
      fc.property(editionPair, ([a, b]) => {
        expect(checkDutyList(b).filter((i) => i.severity === 'error')).toEqual([]);
        const result = applyAmendments(a, diffEditions(a, b));
        expect(result.ok && result.value).toEqual(b);
      }),
      { numRuns: 100 },
    );
  });

  it('apply(a, diff(a, b)) equals b when duties are only dropped and reordered', () => {
    fc.assert(
      fc.property(shuffledPair, ([a, b]) => {
        const result = applyAmendments(a, diffEditions(a, b));
        expect(result.ok && result.value).toEqual(b);
      }),
      { numRuns: 100 },
    );
  });

  it('finds nothing between an edition and itself', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (a) => {
        expect(diffEditions(a, structuredClone(a) as DutyList)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('treats a duty that changed section as moved, keeping its key', () => {
    fc.assert(
      fc.property(editionPair, ([a, b]) => {
        const before = new Map(a.duties.map((d) => [d.key, d.section]));
        for (const amendment of diffEditions(a, b)) {
          if (amendment.change === 'moved')
            expect(before.get(amendment.key)).not.toBe(amendment.duty.section);
          if (amendment.change === 'added') expect(before.has(amendment.duty.key)).toBe(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('stamps each amendment with the new edition as its approval by default', () => {
    fc.assert(
      fc.property(editionPair, ([a, b]) => {
        for (const amendment of diffEditions(a, b)) {
          expect(amendment.reason).toBe('edition-revision');
          expect(amendment.approvedBy).toBe(b.issuer.name);
          expect(amendment.approvedOn).toBe(b.issued);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('applyAmendments', () => {
  it('every edition reached by applying amendments holds every invariant', () => {
    fc.assert(
      fc.property(editionPair, fc.nat(), ([a, b], cut) => {
        const amendments = diffEditions(a, b);
        const prefix = amendments.slice(0, amendments.length === 0 ? 0 : cut % amendments.length);
        const result = applyAmendments(a, prefix);
        const reached = result.ok ? result.value : undefined;
        if (reached)
          expect(checkDutyList(reached).filter((i) => i.severity === 'error')).toEqual([]);
        else expect(result.ok ? [] : result.issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('leaves the edition it is given unchanged', () => {
    fc.assert(
      fc.property(editionPair, ([a, b]) => {
        const copy = structuredClone(a);
        applyAmendments(a, diffEditions(a, b));
        expect(a).toEqual(copy);
      }),
      { numRuns: 50 },
    );
  });
});
