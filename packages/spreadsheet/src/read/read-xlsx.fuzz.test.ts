import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { issuesOf } from '../../test/import-result.js';
import { workbook } from '../../test/workbook.js';
import { importSpreadsheet } from '../import/import-spreadsheet.js';
import type { ImportResult } from '../import/report.js';

/** Each property runs as many cases as fit in this many milliseconds, then stops and passes. */
const timeLimit = 5000;

let base: Uint8Array;
beforeAll(async () => {
  base = await workbook([
    {
      name: '基本履职事项',
      rows: [
        ['五祖镇基本履职事项清单'],
        ['序号', '领域', '事项名称', '实施依据', '承办机构'],
        ['1', '党的建设', '基层党组织建设', '《中国共产党农村基层组织工作条例》', '党建工作办公室'],
        ['2', null, '换届选举', { formula: 'A3', result: 'x' }, '党建工作办公室'],
      ],
      merges: ['A1:E1', 'B3:B4'],
    },
  ]);
});

/** What every import must give, whatever the bytes: a result, its issues located in the file. */
function expectAccounted(result: ImportResult, file: string): void {
  if (!result.ok || result.rows.length === 0)
    expect(issuesOf(result).length + result.rows.length).toBeGreaterThan(0);
  for (const issue of issuesOf(result)) expect(issue.file).toBe(file);
  for (const row of result.rows) expect(row).toMatchObject({ file });
}

const xmlish = fc.string({
  unit: fc.constantFrom(
    '<',
    '>',
    '/',
    '"',
    '=',
    ' ',
    'c',
    'r',
    'v',
    'row',
    'sheetData',
    'A1',
    '&',
    ';',
    '乡',
  ),
  maxLength: 200,
});

describe('the XLSX reader under hostile input', () => {
  it('never throws on random bytes, with or without a zip signature', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 600 }),
      fc.uint8Array({ maxLength: 600 }).map((b) => new Uint8Array([0x50, 0x4b, 3, 4, ...b])),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        expectAccounted(await importSpreadsheet(b, { file: 'f.xlsx' }), 'f.xlsx');
      }),
      { numRuns: 3000, interruptAfterTimeLimit: timeLimit },
    );
  });

  it('never throws on a workbook cut short or with bytes garbled', async () => {
    const damage = fc.record({
      cut: fc.option(fc.nat(), { nil: undefined }),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ cut, flips }) => {
        const bytes = base.slice(0, cut === undefined ? base.length : cut % base.length);
        for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
        expectAccounted(await importSpreadsheet(bytes, { file: 'f.xlsx' }), 'f.xlsx');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: timeLimit },
    );
  });

  it('never throws on a well-formed zip whose parts are garbled XML', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), xmlish, async (pick, xml) => {
        const parts = unzipSync(base);
        const names = Object.keys(parts);
        const name = names[pick % names.length] as string;
        parts[name] = strToU8(xml);
        expectAccounted(await importSpreadsheet(zipSync(parts), { file: 'f.xlsx' }), 'f.xlsx');
      }),
      { numRuns: 1000, interruptAfterTimeLimit: timeLimit },
    );
  });
});
