import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDutyList, formatDutyList, parseDutyList } from '../src/index.js';

describe('the list file format', () => {
  it('parse(format(x)) equals x for every generated list', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        const result = parseDutyList(formatDutyList(list));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.value).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  it('survives JSON text: parse(JSON.parse(JSON.stringify(format(x)))) equals x', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ flavour: 'hostile' }), (list) => {
        const text = JSON.stringify(formatDutyList(list));
        const result = parseDutyList(JSON.parse(text));
        expect(result.ok && result.value).toEqual(list);
      }),
      { numRuns: 100 },
    );
  });

  it('formats the same list to the same bytes whatever the order of its object keys', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 4 }), (list) => {
        const reversed = JSON.parse(JSON.stringify(list), (_k, v) =>
          v && typeof v === 'object' && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        );
        expect(JSON.stringify(formatDutyList(reversed))).toBe(JSON.stringify(formatDutyList(list)));
      }),
      { numRuns: 50 },
    );
  });

  it('accepts every generated list, with no error and, when published, no gap', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        expect(checkDutyList(list)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
