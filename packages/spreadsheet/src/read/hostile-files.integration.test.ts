import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { issueMessages } from '@qingdan/core';
import { strToU8, unzipSync, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { issuesOf, listOf } from '../../test/import-result.js';
import { workbook } from '../../test/workbook.js';
import { importSpreadsheet } from '../import/import-spreadsheet.js';
import type { SheetIssue } from './grid.js';
import { defaultLimits } from './limits.js';

const csvText =
  '序号,事项名称,实施依据,承办机构\r\n1,森林防火,《森林防火条例》,平安建设办公室\r\n2,"防汛抗旱，山塘巡查",《防汛条例》,平安建设办公室\r\n';

const small = () =>
  workbook([
    {
      name: '基本履职事项',
      rows: [
        ['序号', '事项名称', '承办机构'],
        ['1', '森林防火', '平安建设办公室'],
      ],
    },
  ]);

/** Sets the declared uncompressed size of every central-directory entry to 1 byte: a lying zip. */
function lieAboutSizes(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i < out.length - 4; i++)
    if (view.getUint32(i, true) === 0x02014b50) view.setUint32(i + 24, 1, true);
  return out;
}

describe('CSV encodings', () => {
  it.each([
    [
      'UTF-8 with a byte order mark',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csvText)]),
      'utf-8',
    ],
    ['UTF-8 without one', new TextEncoder().encode(csvText), 'utf-8'],
    ['GBK', new Uint8Array(iconv.encode(csvText, 'gbk')), 'gb18030'],
    ['GB18030', new Uint8Array(iconv.encode(`${csvText}3,𠀀字事项,,\r\n`, 'gb18030')), 'gb18030'],
  ])('detects %s', async (_, bytes, encoding) => {
    const result = await importSpreadsheet(bytes, { file: 'list.csv', section: 'basic' });
    expect(result.encoding).toBe(encoding);
    expect(listOf(result)?.duties[1]?.name).toBe('防汛抗旱，山塘巡查');
  });

  it('uses a named encoding, and says so when the bytes do not fit it', async () => {
    const gbk = new Uint8Array(iconv.encode(csvText, 'gbk'));
    const named = await importSpreadsheet(gbk, {
      file: 'list.csv',
      section: 'basic',
      encoding: 'GBK',
    });
    expect(listOf(named)?.duties).toHaveLength(2);
    const wrong = await importSpreadsheet(new Uint8Array([0x81, 0x20, 0xff]), {
      file: 'list.csv',
      encoding: 'utf-8',
    });
    expect(issuesOf(wrong)[0]).toMatchObject({
      code: 'spreadsheet-encoding-invalid',
      file: 'list.csv',
    });
    const unknown = await importSpreadsheet(gbk, { file: 'list.csv', encoding: 'klingon' });
    expect(issuesOf(unknown)[0]?.code).toBe('spreadsheet-encoding-invalid');
    // GBK named UTF-8, or an unknown name: the encoding the bytes read in is named, and how.
    for (const encoding of ['utf-8', 'klingon']) {
      const misnamed = await importSpreadsheet(gbk, { file: 'list.csv', encoding });
      expect(issuesOf(misnamed)).toHaveLength(1);
      expect(issuesOf(misnamed)[0]).toMatchObject({
        code: 'spreadsheet-encoding-invalid',
        params: { encoding, readsAs: 'gb18030' },
      });
      expect(issuesOf(misnamed).map(issueMessages)[0]?.en).toContain('use --encoding gb18030');
    }
  });
});

describe('CSV rows', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);

  it('reports a row with an unclosed quote where it is, and imports the rows after it', async () => {
    const text =
      '序号,事项名称,承办机构\n1,森林防火,平安建设办公室\n2,"防汛抗旱,平安建设办公室\n3,山塘巡查,平安建设办公室\n4,地质灾害巡查,平安建设办公室\n';
    const result = await importSpreadsheet(utf8(text), { file: 'list.csv', section: 'basic' });
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [1, 'not-a-duty'],
      [2, 'imported-with-warnings'],
      [3, 'rejected'],
      [4, 'imported-with-warnings'],
      [5, 'imported-with-warnings'],
    ]);
    const broken = result.rows[2];
    expect(broken?.text).toBe('2,"防汛抗旱,平安建设办公室');
    expect(broken?.issues).toEqual([
      expect.objectContaining({
        code: 'spreadsheet-csv-malformed',
        severity: 'error',
        params: { problem: 'quote-not-closed', line: 3 },
        file: 'list.csv',
        sheet: 'list',
        row: 3,
      }),
    ]);
    expect(listOf(result)?.duties.map((d) => d.name)).toEqual([
      '森林防火',
      '山塘巡查',
      '地质灾害巡查',
    ]);
  });

  it('accounts for blank lines as blank, never as rejected duties', async () => {
    const text =
      '序号,事项名称,承办机构\n1,森林防火,平安建设办公室\n\n,,\n2,防汛抗旱,平安建设办公室\n';
    const result = await importSpreadsheet(utf8(text), { file: 'list.csv', section: 'basic' });
    expect(result.rows.map((r) => [r.row, r.status, r.role])).toEqual([
      [1, 'not-a-duty', 'header'],
      [2, 'imported-with-warnings', undefined],
      [3, 'not-a-duty', 'blank'],
      [4, 'not-a-duty', 'blank'],
      [5, 'imported-with-warnings', undefined],
    ]);
  });
});

describe('files that are not spreadsheets', () => {
  const ole2 = new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Uint8Array(504),
  ]);
  const listFile = readFileSync(
    fileURLToPath(new URL('../../../../examples/lists/huangmei-wuzu-2024.yaml', import.meta.url)),
  );

  it.each([
    ['a legacy .xls', ole2, 'old.xls', 'xls'],
    ['a legacy .xls named .csv', ole2, 'old.csv', 'xls'],
    ['a legacy .xls named .xlsx', ole2, 'old.xlsx', 'xls'],
    ['a YAML list file', new Uint8Array(listFile), 'wuzu.yaml', 'list-file'],
    ['a YAML list file named .csv', new Uint8Array(listFile), 'wuzu.csv', 'list-file'],
    ['a profile', strToU8('section: basic\ncarryDown: [domain]\n'), 'p.yaml', 'yaml'],
    ['a JSON file', strToU8('{"id": "x", "duties": []}'), 'x.json', 'list-file'],
    ['a PDF', strToU8('%PDF-1.7\n%âãÏÓ\n'), 'list.pdf', 'pdf'],
    [
      'a web page saved as .xls',
      strToU8('<html><body><table><tr><td>1</td></tr></table></body></html>'),
      'list.xls',
      'html',
    ],
    [
      'a Word document',
      zipSync({
        '[Content_Types].xml': strToU8('<Types/>'),
        'word/document.xml': strToU8('<w:document/>'),
      }),
      'list.docx',
      'docx',
    ],
    [
      'an OpenDocument spreadsheet',
      zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
        'content.xml': strToU8('<office:document-content/>'),
      }),
      'list.ods',
      'ods',
    ],
  ])('says %s is not a spreadsheet, and what it appears to be', async (_, bytes, file, kind) => {
    const result = await importSpreadsheet(bytes, { file });
    expect(result.ok).toBe(false);
    expect(listOf(result)).toBeUndefined();
    expect(result.rows).toEqual([]);
    expect(issuesOf(result)).toEqual([
      expect.objectContaining({
        code: 'spreadsheet-not-a-spreadsheet',
        severity: 'error',
        params: { kind },
        file,
      }),
    ]);
  });

  it('says a legacy .xls should be saved as .xlsx, in Chinese and English', async () => {
    const result = await importSpreadsheet(ole2, { file: 'old.xls' });
    const { zh, en } = issueMessages(issuesOf(result)[0] as SheetIssue);
    expect(zh).toMatch(/另存为 \.xlsx/);
    expect(en).toMatch(/legacy \.xls.*save it as \.xlsx/);
  });

  it.each([
    ['an empty file', new Uint8Array(0), 'list.csv', 'file'],
    ['an empty CSV', strToU8('\ufeff'), 'list.csv', 'csv'],
    ['a CSV of blank lines', strToU8('\r\n\r\n,,\r\n'), 'list.csv', 'csv'],
  ])('says %s is empty', async (_, bytes, file, format) => {
    const result = await importSpreadsheet(bytes, { file });
    expect(result.ok).toBe(false);
    expect(issuesOf(result)).toEqual([
      expect.objectContaining({ code: 'spreadsheet-empty', params: { format }, file }),
    ]);
  });

  it('says an empty workbook is empty', async () => {
    const bytes = await workbook([
      { name: 'Sheet1', rows: [] },
      { name: 'Sheet2', rows: [[' ']] },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'empty.xlsx' });
    expect(result.ok).toBe(false);
    expect(issuesOf(result)).toEqual([
      expect.objectContaining({ code: 'spreadsheet-empty', params: { format: 'xlsx' } }),
    ]);
  });
});

describe('hostile and broken workbooks', () => {
  it('stops a zip bomb from the directory, before expanding it', async () => {
    const bomb = zipSync({ 'xl/workbook.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 });
    const started = performance.now();
    const result = await importSpreadsheet(bomb, { file: 'bomb.xlsx' });
    expect(result.ok).toBe(false);
    expect(issuesOf(result)[0]).toMatchObject({
      code: 'spreadsheet-limit-exceeded',
      severity: 'error',
      file: 'bomb.xlsx',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('stops a zip bomb that lies about its sizes while expanding it', async () => {
    const bomb = lieAboutSizes(
      zipSync({ 'xl/workbook.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }),
    );
    const limits = { ...defaultLimits, uncompressedBytes: 8 * 1024 * 1024 };
    const result = await importSpreadsheet(bomb, { file: 'liar.xlsx', limits });
    expect(issuesOf(result)[0]).toMatchObject({
      code: 'spreadsheet-limit-exceeded',
      params: { what: 'uncompressed-bytes' },
    });
  });

  it('refuses more entries than the limit', async () => {
    const entries = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`x/${i}.xml`, strToU8('<a/>')]),
    );
    const result = await importSpreadsheet(zipSync(entries), {
      file: 'many.xlsx',
      limits: { ...defaultLimits, zipEntries: 20 },
    });
    expect(issuesOf(result)[0]).toMatchObject({
      code: 'spreadsheet-limit-exceeded',
      params: { what: 'zip-entries', limit: 20, actual: 50 },
    });
  });

  it('says a truncated workbook is truncated', async () => {
    const bytes = await small();
    const result = await importSpreadsheet(bytes.subarray(0, Math.floor(bytes.length / 2)), {
      file: 'cut.xlsx',
    });
    expect(issuesOf(result)).toHaveLength(1);
    expect(issuesOf(result)[0]).toMatchObject({
      code: 'spreadsheet-unreadable',
      severity: 'error',
      file: 'cut.xlsx',
    });
    const [cut] = issuesOf(result);
    expect(['no-zip-directory', 'damaged-zip-directory', 'truncated-entry']).toContain(
      cut?.code === 'spreadsheet-unreadable' && cut.params.reason,
    );
    expect(issuesOf(result).map(issueMessages)[0]?.zh).toMatch(/不完整/);
  });

  it('says a file that is not a workbook is not one', async () => {
    const text = await importSpreadsheet(new TextEncoder().encode('hello'), { file: 'notes.xlsx' });
    expect(issuesOf(text)[0]).toMatchObject({ code: 'spreadsheet-unreadable' });
    // A CSV given an .xlsx name is said to be text, and how to name it, not read as CSV.
    const csv = await importSpreadsheet(new TextEncoder().encode('序号,事项名称\n1,防汛\n'), {
      file: 'list.xlsx',
    });
    expect(issuesOf(csv)).toHaveLength(1);
    expect(issuesOf(csv)[0]?.params).toMatchObject({ reason: 'text-named-xlsx' });
    expect(issuesOf(csv).map(issueMessages)[0]?.zh).toMatch(/改名为 \.csv/);
    // Bytes that are no text are still told to be no zip.
    const noise = await importSpreadsheet(
      Uint8Array.from({ length: 64 }, (_, i) => (i * 37) % 256),
      { file: 'noise.xlsx' },
    );
    expect(issuesOf(noise)[0]?.params).toMatchObject({ reason: 'no-zip-signature' });
    const otherZip = await importSpreadsheet(zipSync({ 'readme.txt': strToU8('hi') }), {
      file: 'other.xlsx',
    });
    expect(issuesOf(otherZip)[0]?.params).toMatchObject({ reason: 'not-a-workbook' });
    expect(issuesOf(otherZip).map(issueMessages)[0]?.en).toMatch(/not an XLSX workbook/);
    const binaryCsv = await importSpreadsheet(new Uint8Array([0, 1, 2, 3]), { file: 'x.csv' });
    expect(issuesOf(binaryCsv)[0]).toMatchObject({
      code: 'spreadsheet-unreadable',
      params: { reason: 'binary-content' },
    });
  });

  it('refuses more rows than the limit', async () => {
    const result = await importSpreadsheet(await small(), {
      file: 'x.xlsx',
      limits: { ...defaultLimits, rows: 1 },
    });
    expect(issuesOf(result)[0]).toMatchObject({
      code: 'spreadsheet-limit-exceeded',
      params: { what: 'rows' },
    });
  });

  it('never follows an external link: it is reported and dropped', async () => {
    const parts = unzipSync(await small());
    parts['xl/externalLinks/externalLink1.xml'] = strToU8(
      '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></externalLink>',
    );
    parts['xl/externalLinks/_rels/externalLink1.xml.rels'] = strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://example.invalid/other.xlsx" TargetMode="External"/></Relationships>',
    );
    const result = await importSpreadsheet(zipSync(parts), { file: 'linked.xlsx' });
    expect(result.ok).toBe(true);
    expect(issuesOf(result).map((i) => i.code)).toContain('spreadsheet-external-link');
    expect(listOf(result)?.duties).toHaveLength(1);
  });
});
