import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alignLists } from '../align/align-lists.js';
import { compareToReference } from './compare-to-reference.js';

describe('compareToReference', () => {
  it('finds every reference item in a copy of the reference, and nothing added', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 10 }), (ref) => {
        const r = compareToReference(alignLists([ref, { ...ref, id: `${ref.id}-copy` }]), 0);
        expect(r.items).toHaveLength(ref.duties.length);
        for (const [i, item] of r.items.entries()) {
          expect(item.coveredBy).toHaveLength(1);
          expect(item.coveredBy[0]?.key).toBe(ref.duties[i]?.key);
        }
        expect(r.additions.get(1)).toEqual([]);
      }),
    );
  });

  it('counts each duty of a list either as covering a reference item or as an addition', () => {
    fc.assert(
      fc.property(
        dutyListArbitrary({ maxDuties: 8 }),
        dutyListArbitrary({ maxDuties: 8 }),
        (ref, other) => {
          const r = compareToReference(alignLists([ref, other]), 0);
          const covering = r.items.filter((i) => i.coveredBy.length > 0).length;
          expect(covering + (r.additions.get(1)?.length ?? 0)).toBe(other.duties.length);
        },
      ),
    );
  });
});
