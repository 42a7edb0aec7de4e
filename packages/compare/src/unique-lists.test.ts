import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uniqueLists } from './unique-lists.js';

describe('uniqueLists', () => {
  it('keeps one list per id and reports every other, so that none is lost unsaid', () => {
    fc.assert(
      fc.property(fc.array(dutyListArbitrary({ maxDuties: 2 }), { maxLength: 6 }), (lists) => {
        const sourced = lists.map((list, i) => ({ source: `f${i}.yaml`, list }));
        const { kept, leftOut } = uniqueLists(sourced);
        expect(kept.length + leftOut.length).toBe(lists.length);
        expect(new Set(kept.map((k) => k.list.id)).size).toBe(kept.length);
        for (const l of leftOut) {
          const { issue } = l;
          expect(issue.code).toBe('duplicate-list-id');
          if (issue.code !== 'duplicate-list-id') continue;
          expect(kept.some((k) => k.source === issue.params.other)).toBe(true);
        }
      }),
    );
  });
});
