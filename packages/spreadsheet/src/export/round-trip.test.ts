import {
  type DutyList,
  formatDutyList,
  instrumentKey,
  isStructured,
  type LegalBasis,
} from '@qingdan/core';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listOf } from '../../test/import-result.js';
import { importSpreadsheet } from '../import/import-spreadsheet.js';
import { fieldNames } from '../layout/fields.js';
import { csvwMetadata, listDataProperty } from './csvw.js';
import { vocabularyOf } from './list-vocabulary.js';
import { renderField } from './render-field.js';
import { listToCsv } from './to-csv.js';
import { listToXlsx } from './to-xlsx.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

// UTF-8, and so a CSV file, cannot hold half of a surrogate pair; the model's strings can.
// JSON.stringify escapes a lone surrogate, and only a lone one, as backslash-u.
const fitsUtf8 = (list: DutyList) =>
  !/\\ud[89a-f][0-9a-f]{2}/i.test(JSON.stringify(formatDutyList(list)));

/**
 * A legal basis by what it cites: the instrument by core's identity (the citation parser gives
 * a short title of a national law its full 中华人民共和国 title), the provisions and the quote.
 */
const citedAs = (b: LegalBasis): string =>
  isStructured(b)
    ? JSON.stringify([instrumentKey(b.instrument), b.provisions, b.quote ?? ''])
    : JSON.stringify(b.text);

/** What a person sees of each duty: every cell as export renders it, by key. */
function view(list: DutyList): Record<string, Record<string, string>> {
  const vocab = vocabularyOf(list);
  return Object.fromEntries(
    list.duties.map((d) => [
      d.key,
      {
        ...Object.fromEntries(fieldNames.map((f) => [f, renderField(d, f, vocab)])),
        legalBases: d.legalBases.map(citedAs).join('\n'),
        // Cells are read trimmed, and an empty cell is no value: a blank extra column is not seen.
        extra: JSON.stringify(
          (d.extraColumns ?? [])
            .map((e) => ({ header: e.header, value: e.value.trim() }))
            .filter((e) => e.value !== ''),
        ),
      },
    ]),
  );
}

describe('import(export(list)) equals list', () => {
  it('through an XLSX workbook', async () => {
    await fc.assert(
      fc.asyncProperty(dutyListArbitrary({ maxDuties: 8 }), async (list) => {
        const back = await importSpreadsheet(await listToXlsx(list), { file: 'list.xlsx' });
        expect(back.ok).toBe(true);
        expect(formatDutyList(listOf(back) as DutyList)).toEqual(formatDutyList(list));
      }),
      { numRuns: 25 },
    );
  });

  it('through a CSV with its CSVW metadata', async () => {
    await fc.assert(
      fc.asyncProperty(dutyListArbitrary({ maxDuties: 8 }), async (list) => {
        fc.pre(fitsUtf8(list));
        const metadata = csvwMetadata(list, 'list.csv');
        const stored = JSON.parse(metadata[listDataProperty] as string);
        const back = await importSpreadsheet(utf8(listToCsv(list)), { file: 'list.csv', stored });
        expect(back.ok).toBe(true);
        expect(formatDutyList(listOf(back) as DutyList)).toEqual(formatDutyList(list));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every visible cell through a CSV read alone, without its metadata', async () => {
    await fc.assert(
      fc.asyncProperty(
        dutyListArbitrary({ maxDuties: 8, flavour: 'realistic', kind: 'township' }),
        async (list) => {
          const back = await importSpreadsheet(utf8(listToCsv(list)), { file: 'list.csv' });
          const rejected = back.rows.filter((r) => r.status === 'rejected');
          expect(rejected).toEqual([]);
          expect(view(listOf(back) as DutyList)).toEqual(view(list));
        },
      ),
      { numRuns: 40 },
    );
  });
});
