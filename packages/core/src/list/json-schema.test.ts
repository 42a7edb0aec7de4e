import { readFileSync } from 'node:fs';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDutyList } from './format-duty-list.js';
import { dutyListJsonSchema } from './json-schema.js';

describe('the JSON Schema of the list file format', () => {
  it('is committed as generated (run `pnpm --filter @qingdan/core run schema` after changing the model)', () => {
    const committed = JSON.parse(
      readFileSync(new URL('../../schema/duty-list.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(dutyListJsonSchema());
  });

  it('names the keys of the list file format', () => {
    const text = JSON.stringify(dutyListJsonSchema());
    for (const key of [
      'section',
      'leadDepartments',
      'receivingDepartments',
      'offices',
      'legalBases',
      'resources',
      'domain',
      'powerCategory',
    ])
      expect(text).toContain(`"${key}"`);
  });

  it('lists the required fields of every formatted list', () => {
    const schema = dutyListJsonSchema() as { required: string[] };
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 2 }), (list) => {
        const file = formatDutyList(list);
        for (const key of schema.required) expect(file).toHaveProperty(key);
      }),
      { numRuns: 20 },
    );
  });
});
