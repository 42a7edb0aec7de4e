import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { minimalList } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import { csvwMetadata, listDataProperty } from '../export/csvw.js';
import { listToCsv } from '../export/to-csv.js';
import { listToXlsx } from '../export/to-xlsx.js';
import { loadExcelJs } from '../load-exceljs.js';
import { dataSheetName } from '../read/read-xlsx.js';
import { importSpreadsheet, importSpreadsheetFile } from './import-spreadsheet.js';

const list = minimalList({
  duties: [{ section: 'basic', key: 'JB-01', name: '事项', offices: ['shsw'], legalBases: [] }],
});

// The workbook export writes, its hidden sheet's first cell set to `value`.
async function withStored(value: string): Promise<Uint8Array> {
  const workbook = new (await loadExcelJs()).Workbook();
  await workbook.xlsx.load((await listToXlsx(list)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(dataSheetName);
  if (!sheet) throw new Error('export wrote no hidden sheet');
  sheet.eachRow((row) => {
    row.getCell(1).value = null;
  });
  sheet.getCell('A1').value = value;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const stored = (warnings: readonly { code: string }[]) =>
  warnings.filter((w) => w.code === 'spreadsheet-stored-list-unreadable');

describe('the list export kept, changed or damaged since', () => {
  it('is reported, not passed over, when the hidden sheet is not JSON or not a list', async () => {
    for (const value of ['{"id": broken', '[1, 2, 3]']) {
      const result = await importSpreadsheet(await withStored(value), { file: 'list.xlsx' });
      expect(result.ok).toBe(true);
      expect(result.ok && stored(result.warnings)).toEqual([
        expect.objectContaining({ severity: 'warning', file: 'list.xlsx' }),
      ]);
    }
    const intact = await importSpreadsheet(await listToXlsx(list), { file: 'list.xlsx' });
    expect(intact.ok && stored(intact.warnings)).toEqual([]);
  });

  it('is reported when the CSV metadata holds a list that no longer parses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-stored-'));
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, listToCsv(list));
    const metadata = csvwMetadata(list, 'list.csv');
    writeFileSync(
      `${csv}-metadata.json`,
      JSON.stringify({ ...metadata, [listDataProperty]: '{"id": broken' }),
    );
    const result = await importSpreadsheetFile(csv, {});
    expect(result.ok && stored(result.warnings)).toHaveLength(1);
  });

  it('is reported when the CSV metadata is no longer UTF-8, not read with U+FFFD', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-stored-'));
    const csv = join(dir, 'list.csv');
    writeFileSync(csv, listToCsv(list));
    const text = JSON.stringify(csvwMetadata(list, 'list.csv'));
    // The same metadata saved again in GBK: 事项 is CA C2 CF EE there; the rest kept to ASCII.
    const at = text.indexOf('事项');
    expect(at).toBeGreaterThan(0);
    const ascii = (t: string) => Buffer.from(t.replace(/[^ -~]/g, '?'), 'latin1');
    writeFileSync(
      `${csv}-metadata.json`,
      Buffer.concat([
        ascii(text.slice(0, at)),
        Buffer.from([0xca, 0xc2, 0xcf, 0xee]),
        ascii(text.slice(at + 2)),
      ]),
    );
    const result = await importSpreadsheetFile(csv, {});
    expect(result.ok && stored(result.warnings)).toHaveLength(1);
    expect(result.ok && result.value.duties[0]?.name).toBe('事项');
  });
});
