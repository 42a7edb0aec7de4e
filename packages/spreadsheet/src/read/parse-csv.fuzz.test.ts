import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/import-result.js';
import { importSpreadsheet } from '../import/import-spreadsheet.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** Each property runs as many cases as fit in this many milliseconds, then stops and passes. */
const timeLimit = 4000;

// Tabs are left out where csv-parse is asked for a reference: they may turn the file into TSV.
const unit = fc.constantFrom(
  'a',
  '乡',
  '1',
  ',',
  '"',
  '""',
  '\r',
  '\n',
  '\r\n',
  ' ',
  '\u0000',
  '\ufeff',
  '事项名称',
  '序号',
  '承办机构',
  '森林防火',
);
const header = fc.constantFrom('', '序号,事项名称,承办机构\r\n', '\ufeff事项名称,承办机构\n');
const csvText = fc.tuple(header, fc.string({ unit, maxLength: 120 })).map(([h, t]) => h + t);

/** The records csv-parse itself reads from the text, before it fails if it does. */
function reference(text: string): { count: number; failed: boolean } {
  let count = 0;
  try {
    parse(text, {
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      on_record: () => {
        count++;
        return null;
      },
    });
    return { count, failed: false };
  } catch {
    return { count, failed: true };
  }
}

describe('the CSV reader under hostile input', () => {
  it('never throws on random bytes, and says why when it reads no row', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), async (bytes) => {
        const result = await importSpreadsheet(bytes, { file: 'f.csv', section: 'basic' });
        if (result.rows.length === 0)
          expect(issuesOf(result).some((i) => i.severity === 'error' && i.file === 'f.csv')).toBe(
            true,
          );
      }),
      { numRuns: 5000, interruptAfterTimeLimit: timeLimit },
    );
  });

  it('accounts for every record csv-parse sees, and locates every line it cannot read', async () => {
    await fc.assert(
      fc.asyncProperty(csvText, async (text) => {
        const result = await importSpreadsheet(utf8(text), { file: 'f.csv', section: 'basic' });
        if (result.rows.length === 0) {
          // A file read as a whole or not at all (empty, binary, not a table) says so.
          expect(issuesOf(result).some((i) => i.severity === 'error' && i.file === 'f.csv')).toBe(
            true,
          );
          return;
        }
        const lines = result.rows.map((r) => r.row);
        expect(new Set(lines).size).toBe(lines.length);
        const expected = reference(text.replace(/^\ufeff/, ''));
        const broken = result.rows.filter((r) =>
          r.issues.some((i) => i.code === 'spreadsheet-csv-malformed'),
        );
        if (!expected.failed) {
          expect(broken).toEqual([]);
          expect(result.rows).toHaveLength(expected.count);
          return;
        }
        const first = broken[0];
        expect(first).toMatchObject({ file: 'f.csv', status: 'rejected' });
        expect(first?.issues[0]).toMatchObject({ file: 'f.csv', row: first?.row });
        // Nothing csv-parse read before the malformed record was lost.
        expect(lines.filter((l) => l < (first?.row ?? 0))).toHaveLength(expected.count);
      }),
      { numRuns: 5000, interruptAfterTimeLimit: timeLimit },
    );
  });

  it('never throws on random text with tabs, quotes and line ends', async () => {
    const withTabs = fc.string({ unit: fc.constantFrom('\t', '"', ',', '\n', '\r', 'a', '乡') });
    await fc.assert(
      fc.asyncProperty(withTabs, async (text) => {
        const result = await importSpreadsheet(utf8(text), { file: 'f.tsv', section: 'basic' });
        expect(result.rows.length + issuesOf(result).length).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 5000, interruptAfterTimeLimit: timeLimit },
    );
  });
});
