import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DutyList, parseDutyList } from '@qingdan/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { issuesOf, listOf } from '../../test/import-result.js';
import { listToXlsx } from '../export/to-xlsx.js';
import { importSpreadsheet } from './import-spreadsheet.js';

function exampleList(): DutyList {
  const path = fileURLToPath(
    new URL('../../../../examples/lists/huangmei-wuzu-2024.yaml', import.meta.url),
  );
  const parsed = parseDutyList(parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error('the example list is invalid');
  return parsed.value;
}

/** The exported workbook with cells of its 清单信息 sheet edited, by their label in column A. */
async function editInfo(list: DutyList, edits: Record<string, string | null>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await listToXlsx(list)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('清单信息');
  sheet?.eachRow((row) => {
    const label = String(row.getCell(1).value);
    if (label in edits) row.getCell(2).value = edits[label] ?? null;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('the visible 清单信息 sheet', () => {
  it('wins over the hidden copy, and each difference is reported at its cell with both values', async () => {
    const list = exampleList();
    const bytes = await editInfo(list, {
      清单名称: '五祖镇履行职责事项清单（修订）',
      行政区划: '五祖镇（421127105）',
      文号: null,
    });
    const result = await importSpreadsheet(bytes, { file: 'wuzu.xlsx' });
    expect(result.ok).toBe(true);
    expect(listOf(result)?.title).toBe('五祖镇履行职责事项清单（修订）');
    expect(listOf(result)?.division).toMatchObject({ code: '421127105', level: 'township' });
    expect(listOf(result)?.division.parent?.code).toBe('421127');
    expect(listOf(result)?.documentNumber).toBeUndefined();
    expect(listOf(result)?.issued).toBe(list.issued);
    const differs = issuesOf(result).filter((i) => i.code === 'spreadsheet-info-sheet-differs');
    expect(differs).toHaveLength(3);
    expect(differs[0]).toMatchObject({
      severity: 'warning',
      file: 'wuzu.xlsx',
      sheet: '清单信息',
      row: 2,
      column: 'B',
      params: {
        field: 'title',
        label: '清单名称',
        cell: 'B2',
        visible: '五祖镇履行职责事项清单（修订）',
        hidden: '五祖镇履行职责事项清单',
        kept: 'visible',
      },
    });
    expect(differs[2]?.params).toMatchObject({
      field: 'documentNumber',
      visible: '',
      hidden: '梅编发〔2024〕12号',
    });
  });

  it('keeps a required field the sheet leaves empty, and says so', async () => {
    const result = await importSpreadsheet(await editInfo(exampleList(), { 发布机关: null }), {
      file: 'wuzu.xlsx',
    });
    expect(listOf(result)?.issuer.name).toBe('中共黄梅县委机构编制委员会');
    expect(issuesOf(result)).toContainEqual(
      expect.objectContaining({
        code: 'spreadsheet-info-sheet-differs',
        params: expect.objectContaining({ field: 'issuer', visible: '', kept: 'hidden' }),
      }),
    );
  });

  it('reports nothing for a sheet left as exported', async () => {
    const result = await importSpreadsheet(await listToXlsx(exampleList()), { file: 'wuzu.xlsx' });
    expect(issuesOf(result).filter((i) => i.code === 'spreadsheet-info-sheet-differs')).toEqual([]);
  });
});
