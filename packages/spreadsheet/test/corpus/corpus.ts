import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parse } from 'yaml';

/** What one source row of a corpus table is, written by hand from the page. */
export type ExpectedRow =
  | 'title'
  | 'unit'
  | 'header'
  | 'heading'
  | 'note'
  | 'blank'
  | 'duty'
  | 'part';

/** One sheet of a corpus table: its rows as the page shows them, and its merged ranges. */
export interface CorpusSheet {
  readonly name: string;
  readonly rows: readonly (readonly (string | null)[])[];
  readonly merges?: readonly string[];
}

/** A published table rebuilt from its page, and what importing it must give. */
export interface CorpusTable {
  readonly id: string;
  readonly province: string;
  readonly place: string;
  readonly kind: string;
  readonly url: string;
  readonly format: 'xlsx' | 'csv';
  readonly encoding?: 'utf-8' | 'utf-8-bom' | 'gbk';
  readonly newline?: 'lf' | 'crlf';
  readonly note?: string;
  readonly sheets: readonly CorpusSheet[];
  readonly expected: {
    readonly section: string;
    readonly rows: readonly ExpectedRow[];
    readonly names: readonly string[];
    readonly codes?: readonly string[];
    readonly articles?: readonly (readonly number[])[];
    readonly instruments?: readonly string[];
    /**
     * The texts of basis cells that the citation parser leaves unstructured, in order; none when
     * absent, so that every basis a cell gives is either structured or written down here.
     */
    readonly unstructured?: readonly string[];
    readonly offices?: readonly (readonly string[])[];
    /** The departments a duty names: lead, receiving, delegating or requesting, by its section. */
    readonly departments?: readonly (readonly string[])[];
    readonly domains?: readonly string[];
    readonly descriptions?: readonly string[];
    readonly powerCategories?: readonly string[];
    readonly extras?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  };
}

const folder = join(import.meta.dirname, 'tables');

/** Every table of the corpus, read from its YAML description, in file-name order. */
export function corpusTables(): CorpusTable[] {
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => parse(readFileSync(join(folder, f), 'utf8')) as CorpusTable);
}

const csvCell = (cell: string | null): string => {
  const text = cell ?? '';
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** The bytes of a corpus table in its format: an XLSX written by ExcelJS, or a CSV in its encoding. */
export async function corpusBytes(
  table: CorpusTable,
): Promise<{ file: string; bytes: Uint8Array }> {
  if (table.format === 'csv') {
    const sheet = table.sheets[0] as CorpusSheet;
    const eol = table.newline === 'crlf' ? '\r\n' : '\n';
    const text = sheet.rows.map((r) => r.map(csvCell).join(',')).join(eol) + eol;
    const bytes =
      table.encoding === 'gbk'
        ? iconv.encode(text, 'gbk')
        : Buffer.from(table.encoding === 'utf-8-bom' ? `\ufeff${text}` : text, 'utf8');
    return { file: `${sheet.name}.csv`, bytes: new Uint8Array(bytes) };
  }
  const book = new ExcelJS.Workbook();
  for (const spec of table.sheets) {
    const sheet = book.addWorksheet(spec.name);
    spec.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== null && value !== '') sheet.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of spec.merges ?? []) sheet.mergeCells(range);
  }
  const bytes = new Uint8Array(await book.xlsx.writeBuffer());
  return { file: `${table.sheets[0]?.name ?? table.id}.xlsx`, bytes };
}
