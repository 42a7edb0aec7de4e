import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { villageList } from './fixtures.test-helper.js';
import { villageMayBeGiven } from './village-assignment.js';

describe('villageMayBeGiven (invariant 7)', () => {
  it('allows exactly the assisting duties of a village list, by key', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ kind: 'village' }), (list) => {
        for (const duty of list.duties)
          expect(villageMayBeGiven(list, { key: duty.key }).allowed).toBe(
            duty.section === 'assisting',
          );
      }),
      { numRuns: 100 },
    );
  });

  it('never allows a task that is not on the list', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ kind: 'village' }), (list) => {
        const key = `${list.duties.map((d) => d.key).join('')}x`;
        expect(villageMayBeGiven(list, { key }).allowed).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('finds a prohibited item by name, ignoring spaces and punctuation', () => {
    const answer = villageMayBeGiven(villageList, { name: '出具 房屋安全证明。' });
    expect(answer).toMatchObject({ allowed: false, duty: { key: 'JR-01' } });
    expect(answer.reason.zh).toBe('「出具房屋安全证明」（JR-01）是禁入事项');
  });

  it('says why a task not on the list is refused', () => {
    expect(villageMayBeGiven(villageList, { name: '代收有线电视费' }).reason.zh).toBe(
      '未列入准入事项，一律不得交由村(社区)办理',
    );
  });
});
