import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLists } from '../compare-lists.js';
import { comparisonCsvFiles } from './comparison-tables.js';

/** Counts the records of a CSV text, line breaks inside quoted fields included. */
function records(text: string): number {
  let n = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (ch === '\n' && !quoted) n++;
  }
  return n - 1;
}

describe('comparison tables', () => {
  it('have one row per concept × list, one per pair, one per reference item × other list', () => {
    fc.assert(
      fc.property(
        fc.array(dutyListArbitrary({ maxDuties: 5 }), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (lists, withReference) => {
          const unique = lists.map((l, i) => ({ ...l, id: `list-${i}` }));
          const [first, ...rest] = unique;
          const c =
            withReference && first
              ? compareLists(rest, { reference: first })
              : compareLists(unique);
          const n = unique.length;
          const files = comparisonCsvFiles(c);
          expect(records(files['concepts.csv'] ?? '')).toBe(c.alignment.concepts.length * n);
          expect(records(files['pairs.csv'] ?? '')).toBe((n * (n - 1)) / 2);
          if (withReference && first)
            expect(records(files['reference.csv'] ?? '')).toBe(first.duties.length * (n - 1));
          else expect(files['reference.csv']).toBeUndefined();
        },
      ),
    );
  });
});
