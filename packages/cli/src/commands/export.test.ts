import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan, qingdanWith } from '../../test/qingdan.js';

const example = fileURLToPath(
  new URL('../../../../examples/lists/huangmei-wuzu-2024.yaml', import.meta.url),
);

describe('qingdan export and import', () => {
  it('exports a workbook that imports back to the same list file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-export-'));
    const xlsx = join(dir, 'wuzu.xlsx');
    const exported = await qingdan('export', example, '-o', xlsx);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/已导出 61 项事项/);
    expect(exported.stdout).toMatch(/exported 61 duties/);
    const yaml = join(dir, 'wuzu.yaml');
    const imported = await qingdan(
      'import',
      xlsx,
      '-o',
      yaml,
      '--report',
      join(dir, 'report.json'),
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/61 row\(s\) imported/);
    const validated = await qingdan('validate', yaml);
    expect(validated.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'));
    expect(report.counts.imported).toBe(61);
  });

  it('exports CSV with a byte order mark and CSVW metadata beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-export-'));
    const csv = join(dir, 'wuzu.csv');
    const { code, stdout } = await qingdan(
      'export',
      example,
      '--format',
      'csv',
      '-o',
      csv,
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout).files).toEqual([csv, `${csv}-metadata.json`]);
    expect(readFileSync(csv, 'utf8').startsWith('\ufeff序号')).toBe(true);
    const metadata = JSON.parse(readFileSync(`${csv}-metadata.json`, 'utf8'));
    expect(metadata.url).toBe('wuzu.csv');
    expect(metadata['@context'][0]).toBe('http://www.w3.org/ns/csvw');
    const imported = await qingdan('import', csv, '--json');
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).counts.imported).toBe(61);
  });

  it('refuses a value longer than an Excel cell holds as XLSX, at its field, and writes it as CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-export-'));
    const list = join(dir, 'long.yaml');
    const name = '长'.repeat(40_000);
    writeFileSync(
      list,
      readFileSync(example, 'utf8').replace('name: 基层党组织建设', `name: ${name}`),
    );
    const xlsx = join(dir, 'long.xlsx');
    const refused = await qingdan('export', list, '-o', xlsx);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toContain(`${list} duties[0].name`);
    expect(refused.stdout).toContain('spreadsheet-cell-too-long');
    expect(refused.stdout).toContain('事项名称 的内容有 40000 个字符，超过 Excel 单元格上限 32767');
    expect(existsSync(xlsx)).toBe(false);
    const csv = join(dir, 'long.csv');
    expect((await qingdan('export', list, '-o', csv)).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain(name);
  });

  it('refuses an unknown format, section or profile as a usage error', async () => {
    expect((await qingdan('export', example, '--format', 'pdf', '-o', 'x.pdf')).code).toBe(2);
    expect((await qingdan('import', example, '--section', 'nonsense')).code).toBe(2);
    const profile = await qingdan('import', example, '--profile', 'no-such-profile');
    expect(profile.code).toBe(2);
    expect(profile.stderr).toMatch(/law-enforcement/);
  });

  it('reports a file that is not a spreadsheet in zh and en, with exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-import-'));
    const bad = join(dir, 'broken.xlsx');
    writeFileSync(bad, 'PK\u0003\u0004 not really');
    const { code, stdout } = await qingdan('import', bad, '-o', join(dir, 'out.yaml'));
    expect(code).toBe(1);
    expect(stdout).toMatch(/无法读取表格文件/);
    expect(stdout).toMatch(/cannot read the spreadsheet/);
  });

  it('shows progress on a terminal, with the list on stdout when no file is named', async () => {
    const sample = fileURLToPath(
      new URL('../../../../examples/spreadsheets/huangmei-basic.csv', import.meta.url),
    );
    const { code, stdout, stderr } = await qingdanWith(
      { interactive: true },
      'import',
      sample,
      '--section',
      'basic',
    );
    expect(code).toBe(0);
    expect(stderr).toMatch(/导入 importing \[#+\] 8\/8/);
    expect(stdout).toMatch(/^id: huangmei-basic/m);
    expect(stderr).toMatch(/6 row\(s\) imported/);
  });
});
