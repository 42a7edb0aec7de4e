import type { Duty, DutyList } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';
import type { ImportResult, RowReport } from '../../src/import/report.js';
import { type CorpusTable, corpusBytes, corpusTables, type ExpectedRow } from './corpus.js';

const tables = corpusTables();

/** What became of a source row, in the words of the expected outcome. */
function outcome(row: RowReport): ExpectedRow | 'rejected' {
  if (row.status === 'imported' || row.status === 'imported-with-warnings') return 'duty';
  if (row.status === 'rejected') return 'rejected';
  if (row.role === 'part-of-row') return 'part';
  return (row.role ?? 'note') as ExpectedRow;
}

const importTable = async (table: CorpusTable): Promise<ImportResult> => {
  const { file, bytes } = await corpusBytes(table);
  return importSpreadsheet(bytes, { file });
};

const articles = (d: Duty) =>
  d.legalBases.flatMap((b) => ('provisions' in b ? b.provisions.map((p) => p.article) : []));
const firstInstrument = (d: Duty) =>
  d.legalBases.flatMap((b) => ('instrument' in b ? [b.instrument.title] : []))[0];
const officeNames = (list: DutyList, d: Duty) =>
  d.offices.map((k) => list.offices.find((o) => o.key === k)?.name ?? k);
const domainLabel = (list: DutyList, d: Duty) =>
  list.domains?.find((x) => x.code === d.domain)?.label.zh ?? d.domain;

describe('the corpus of published tables', () => {
  it('has tables from many provinces and every kind of list', () => {
    expect(new Set(tables.map((t) => t.province)).size).toBeGreaterThanOrEqual(10);
    expect(tables.every((t) => /^https?:\/\//.test(t.url))).toBe(true);
  });

  describe.each(tables.map((t) => [t.id, t] as const))('%s', (_id, table) => {
    it('imports without a profile, every source row accounted for as written down from the page', async () => {
      const result = await importTable(table);
      const rows = table.sheets.flatMap((s) => s.rows);
      const got = result.rows.map(outcome);
      // Blank CSV lines and blank sheet rows are reported as blank, so the counts match row for row.
      expect(got).toEqual(table.expected.rows.filter((_r, i) => rows[i] !== undefined));
      const rejected = result.rows.filter((r) => r.status === 'rejected');
      expect(rejected).toEqual([]);
    });

    it('gives the duties their names exactly, in their section', async () => {
      const { list } = await importTable(table);
      expect(list?.duties.map((d) => d.name)).toEqual(table.expected.names);
      expect(new Set(list?.duties.map((d) => d.section))).toEqual(
        new Set([table.expected.section]),
      );
    });

    it('keeps what the cells say: bases, offices, domains, descriptions, sub-row texts', async () => {
      const { list } = await importTable(table);
      const duties = list?.duties ?? [];
      const e = table.expected;
      if (e.articles) expect(duties.map(articles)).toEqual(e.articles);
      if (e.instruments) expect(duties.map(firstInstrument)).toEqual(e.instruments);
      if (e.offices && list) expect(duties.map((d) => officeNames(list, d))).toEqual(e.offices);
      if (e.domains && list) expect(duties.map((d) => domainLabel(list, d))).toEqual(e.domains);
      if (e.descriptions) expect(duties.map((d) => d.description)).toEqual(e.descriptions);
      if (e.powerCategories) expect(duties.map((d) => d.powerCategory)).toEqual(e.powerCategories);
      for (const [name, columns] of Object.entries(e.extras ?? {})) {
        const duty = duties.find((d) => d.name === name);
        for (const [header, value] of Object.entries(columns))
          expect(duty?.extraColumns?.find((c) => c.header === header)?.value).toBe(value);
      }
    });
  });
});
