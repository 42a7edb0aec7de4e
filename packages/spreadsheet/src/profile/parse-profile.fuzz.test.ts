import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { importSpreadsheet } from '../import/import-spreadsheet.js';
import { fieldNames } from '../layout/fields.js';
import { parseProfile } from './parse-profile.js';

/** Each property runs as many cases as fit in this many milliseconds, then stops and passes. */
const timeLimit = 5000;

const yamlish = fc.string({
  unit: fc.constantFrom(
    'section: ',
    'basic',
    'sheets:',
    '\n  - ',
    'match: ',
    'skipRowsMatching: ',
    'headerRow: ',
    'carryDown: [',
    ']',
    '{',
    '}',
    ':',
    '&a ',
    '*a',
    '!!str ',
    '"',
    "'",
    '\n',
    '  ',
    '- ',
    '#',
    '9',
    '注',
  ),
  maxLength: 60,
});

const pattern = fc.string({
  unit: fc.constantFrom(
    '(',
    ')',
    '[',
    ']',
    '{2}',
    '{1000}',
    '*',
    '+',
    '?',
    '|',
    '^',
    '$',
    '\\',
    '\\1',
    '(?=',
    '(?<n>',
    '.',
    'a',
    '注',
    '\\w',
    '\\s',
    '\\p{Han}',
  ),
  maxLength: 24,
});

const profileValue = fc.record(
  {
    section: fc.constantFrom('basic', 'cooperating', 'assisting', 'nonsense'),
    skipRowsMatching: pattern,
    sheets: fc.array(
      fc.record(
        {
          match: fc.oneof(
            pattern.map((p) => `/${p}/`),
            fc.constantFrom('Sheet1', 'f'),
          ),
          section: fc.constantFrom('basic', 'prohibited'),
          skip: fc.boolean(),
        },
        { requiredKeys: ['match'] },
      ),
      { maxLength: 3 },
    ),
    headerRow: fc.integer({ min: -2, max: 2 ** 31 }),
    carryDown: fc.array(fc.constantFrom(...fieldNames, 'nothing'), { maxLength: 3 }),
    columns: fc.dictionary(
      fc.constantFrom('职责事项', '备注', ''),
      fc.constantFrom('name', 'extra', 'x'),
    ),
  },
  { requiredKeys: [] },
);

// Cells a backtracking engine stalls on, and cells longer than any rule looks at.
const csv = new TextEncoder().encode(
  `事项名称,承办机构\n${'a'.repeat(50)}!,平安建设办公室\n注：${'注'.repeat(3000)},\n${'a '.repeat(40)}!,x\n`,
);

describe('the profile parser under hostile input', () => {
  it('never throws on random YAML, and locates what it refuses', () => {
    fc.assert(
      fc.property(yamlish, (text) => {
        const parsed = parseProfile(text, 'p.yaml');
        if ('issue' in parsed) expect(parsed.issue.file).toBe('p.yaml');
      }),
      { numRuns: 5000, interruptAfterTimeLimit: timeLimit },
    );
  });

  it('never throws or stalls an import with any profile it accepts', async () => {
    await fc.assert(
      fc.asyncProperty(profileValue, async (value) => {
        const parsed = parseProfile(stringify(value), 'p.yaml');
        if ('issue' in parsed) {
          expect(parsed.issue.file).toBe('p.yaml');
          return;
        }
        const result = await importSpreadsheet(csv, { file: 'f.csv', profile: parsed.profile });
        expect(result.rows.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000, interruptAfterTimeLimit: timeLimit },
    );
  });
});
