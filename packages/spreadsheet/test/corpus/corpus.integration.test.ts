import { type Duty, type DutyList, isStructured } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { importSpreadsheet } from '../../src/import/import-spreadsheet.js';
import type { ImportResult, RowReport } from '../../src/import/report.js';
import { listOf } from '../import-result.js';
import { type CorpusTable, corpusBytes, corpusTables, type ExpectedRow } from './corpus.js';

const tables = corpusTables();

/** What became of a source row, in the words of the expected outcome. */
function outcome(row: RowReport): ExpectedRow | 'rejected' {
  if (row.status === 'imported' || row.status === 'imported-with-warnings') return 'duty';
  if (row.status === 'rejected') return 'rejected';
  if (row.role === 'part-of-row') return 'part';
  return (row.role ?? 'note') as ExpectedRow;
}

// Each table is imported once, whichever test asks first, to keep the corpus quick.
const imported = new Map<string, Promise<ImportResult>>();
const importTable = (table: CorpusTable): Promise<ImportResult> => {
  const known = imported.get(table.id);
  if (known) return known;
  const result = corpusBytes(table).then(({ file, bytes }) => importSpreadsheet(bytes, { file }));
  imported.set(table.id, result);
  return result;
};

const articles = (d: Duty) =>
  d.legalBases.flatMap((b) => ('provisions' in b ? b.provisions.map((p) => p.article) : []));
const firstInstrument = (d: Duty) =>
  d.legalBases.flatMap((b) => ('instrument' in b ? [b.instrument.title] : []))[0];
const unstructured = (d: Duty) => d.legalBases.flatMap((b) => (isStructured(b) ? [] : [b.text]));
const officeNames = (list: DutyList, d: Duty) =>
  d.offices.map((k) => list.offices.find((o) => o.key === k)?.name ?? k);
const departmentNames = (list: DutyList, d: Duty) => {
  const keys = [
    ...('leadDepartments' in d ? d.leadDepartments : []),
    ...('receivingDepartments' in d ? d.receivingDepartments : []),
    ...('delegatingDepartments' in d ? d.delegatingDepartments : []),
    ...('requestingDepartments' in d ? d.requestingDepartments : []),
  ];
  return keys.map((k) => list.departments.find((x) => x.key === k)?.name ?? k);
};
const domainLabel = (list: DutyList, d: Duty) =>
  list.domains?.find((x) => x.code === d.domain)?.label.zh ?? d.domain;

describe('the corpus of published tables', () => {
  it('has tables from many provinces and every kind of list', () => {
    expect(tables.length).toBeGreaterThanOrEqual(30);
    expect(new Set(tables.map((t) => t.province)).size).toBeGreaterThanOrEqual(15);
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
      const list = listOf(await importTable(table));
      expect(list?.duties.map((d) => d.name)).toEqual(table.expected.names);
      expect(new Set(list?.duties.map((d) => d.section))).toEqual(
        new Set([table.expected.section]),
      );
    });

    it('keeps what the cells say: bases, offices, domains, descriptions, sub-row texts', async () => {
      const list = listOf(await importTable(table));
      const duties = list?.duties ?? [];
      const e = table.expected;
      if (e.codes) expect(duties.map((d) => d.code)).toEqual(e.codes);
      if (e.articles) expect(duties.map(articles)).toEqual(e.articles);
      if (e.instruments) expect(duties.map(firstInstrument)).toEqual(e.instruments);
      // Every basis is structured unless the table says which texts the parser cannot read yet.
      expect(duties.flatMap(unstructured)).toEqual(e.unstructured ?? []);
      if (e.offices && list) expect(duties.map((d) => officeNames(list, d))).toEqual(e.offices);
      if (e.departments && list)
        expect(duties.map((d) => departmentNames(list, d))).toEqual(e.departments);
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
