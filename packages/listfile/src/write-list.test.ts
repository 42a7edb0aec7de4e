import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readListText } from './read-list-text.js';
import { listFileText } from './write-list.js';

describe('writing list files', () => {
  it.each(['yaml', 'json'] as const)(
    'reads back what it writes, in %s, for every generated list',
    (format) => {
      fc.assert(
        fc.property(dutyListArbitrary({ maxDuties: 5 }), (list) => {
          const result = readListText(listFileText(list, format), format, `x.${format}`);
          expect(result.ok && result.value).toEqual(list);
        }),
        { numRuns: 60 },
      );
    },
  );
});
