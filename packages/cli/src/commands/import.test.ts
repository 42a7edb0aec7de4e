import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { corpusBytes, corpusTables } from '../../../spreadsheet/test/corpus/corpus.js';
import { workbook } from '../../../spreadsheet/test/workbook.js';
import { qingdan } from '../../test/qingdan.js';

const listFile = fileURLToPath(
  new URL('../../../../examples/lists/huangmei-wuzu-2024.yaml', import.meta.url),
);

/** A file with these bytes in a new folder. */
function fileOf(name: string, bytes: Uint8Array | string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'qingdan-import-')), name);
  writeFileSync(path, bytes);
  return path;
}

describe('qingdan import of files that are not spreadsheets', () => {
  it('says a legacy .xls is one, and how to fix it, with exit code 1', async () => {
    const xls = fileOf(
      'old.xls',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]),
    );
    const { code, stdout } = await qingdan('import', xls);
    expect(code).toBe(1);
    expect(stdout).toContain('spreadsheet-not-a-spreadsheet');
    expect(stdout).toMatch(/旧版 Excel 97–2003 \.xls/);
    expect(stdout).toMatch(/it appears to be a legacy \.xls .*save it as \.xlsx/);
  });

  it('says a list file is already a list file', async () => {
    const { code, stdout } = await qingdan('import', listFile, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.issues[0]).toMatchObject({
      code: 'spreadsheet-not-a-spreadsheet',
      params: { kind: 'list-file' },
    });
    expect(report.issues[0].message.en).toMatch(/qingdan validate/);
  });

  it('says an empty CSV and an empty workbook are empty, with exit code 1', async () => {
    const csv = await qingdan('import', fileOf('empty.csv', '\ufeff\r\n'), '--section', 'basic');
    expect(csv.code).toBe(1);
    expect(csv.stdout).toContain('spreadsheet-empty');
    const xlsx = fileOf('empty.xlsx', await workbook([{ name: 'Sheet1', rows: [] }]));
    const book = await qingdan('import', xlsx, '--section', 'basic');
    expect(book.code).toBe(1);
    expect(book.stdout).toMatch(/the workbook is empty/);
  });

  it('shows where a malformed CSV line is, and exits 1', async () => {
    const csv = fileOf('list.csv', '序号,事项名称\n1,森林防火\n2,"防汛抗旱\n3,山塘巡查\n');
    const { code, stdout } = await qingdan('import', csv, '--section', 'basic', '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.counts).toMatchObject({ rejected: 1 });
    const rejected = report.rows.find((r: { status: string }) => r.status === 'rejected');
    expect(rejected).toMatchObject({ row: 3, text: '2,"防汛抗旱' });
    expect(rejected.issues[0]).toMatchObject({
      code: 'spreadsheet-csv-malformed',
      file: csv,
      sheet: 'list',
      row: 3,
    });
    expect(rejected.issues[0].message.zh).toMatch(/第 3 行.*引号未闭合/);
  });

  it('refuses a profile whose pattern needs backtracking, at its line', async () => {
    const profile = fileOf('p.yaml', 'section: basic\nskipRowsMatching: "(注)\\\\1"\n');
    const csv = fileOf('list.csv', '序号,事项名称\n1,森林防火\n');
    const { code, stderr } = await qingdan('import', csv, '--profile', profile);
    expect(code).toBe(2);
    expect(stderr).toContain(`${profile}:2 skipRowsMatching`);
    expect(stderr).toContain('spreadsheet-profile-pattern-rejected');
  });

  it('takes an encoding it cannot check for a usage error, exit 2, before reading', async () => {
    const csv = fileOf('list.csv', '序号,事项名称\n1,森林防火\n');
    for (const encoding of ['nonsense', 'latin1']) {
      const run = await qingdan('import', csv, '--encoding', encoding);
      expect(run.code, encoding).toBe(2);
      expect(run.stderr).toContain('unknown or unsupported encoding');
      expect(run.stderr).toContain('gb18030');
      expect(run.stdout).toBe('');
    }
    expect((await qingdan('import', csv, '--encoding', 'UTF-8', '--section', 'basic')).code).toBe(
      0,
    );
  });

  it('refuses a profile in GBK, or a folder given as one, rather than misreading it', async () => {
    const csv = fileOf('list.csv', '序号,事项名称\n1,森林防火\n');
    // section: basic, then a header synonym 事项 in GBK (CA C2 CF EE).
    const head = new TextEncoder().encode('section: basic\ncolumns:\n  name: [');
    const profile = fileOf('p.yaml', new Uint8Array([...head, 0xca, 0xc2, 0xcf, 0xee, 0x5d, 0x0a]));
    const gbk = await qingdan('import', csv, '--profile', profile);
    expect(gbk.code).toBe(2);
    expect(gbk.stderr).toContain('text-encoding-invalid');
    expect(gbk.stderr).toContain(`${profile}:3:`);
    expect(gbk.stdout).toBe('');
    const folder = await qingdan('import', csv, '--profile', tmpdir());
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain('file-unreadable');
    expect(folder.stderr).toContain('it is a folder, not a file');
    const missing = await qingdan('import', csv, '--profile', 'no-such-profile.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('file-not-found');
    expect(missing.stderr).toContain('bundled profiles: law-enforcement');
  });
});

describe('qingdan import shows the columns as understood', () => {
  // A published 双随机 plan: 任务名称 beside the numbers and 检查事项 both end in a role word.
  const wuxi = corpusTables().find((t) => t.id === 'jiangsu-wuxi-yuanlin-jianguan');

  it('on the terminal, a line per column: the field, the score, the rule, and who took it', async () => {
    if (!wuxi) throw new Error('the Wuxi table is in the corpus');
    const { bytes } = await corpusBytes(wuxi);
    const xlsx = fileOf('监管计划.xlsx', bytes);
    const { code, stdout, stderr } = await qingdan('import', xlsx);
    expect(code).toBe(0);
    expect(stdout).toContain('name: 砍伐城市树木检查');
    // The list is on standard output, so the summary is on standard error.
    expect(stderr).toContain('监管计划 › 表头 header row 2');
    expect(stderr).toContain(
      '  B 任务名称 → name（60 分 / score 60）：表头以角色词结尾 / the header ends in a role word',
    );
    expect(stderr).toContain(
      '  C 检查事项 → 附加列 extra (→ B)（60 分 / score 60）：另一列更符合该字段 / another column fits the field better',
    );
    expect(stderr).toContain('  D 检查对象 → 附加列 extra：未识别，保留为附加列');
    expect(stderr).toMatch(/类别 section: .*\(basic\)，依据 from 标题所示的清单种类/);
  });

  it('in the report file, each table with its columns and where its section came from', async () => {
    if (!wuxi) throw new Error('the Wuxi table is in the corpus');
    const { bytes } = await corpusBytes(wuxi);
    const xlsx = fileOf('监管计划.xlsx', bytes);
    const report = join(mkdtempSync(join(tmpdir(), 'qingdan-import-')), 'r.json');
    const { code } = await qingdan('import', xlsx, '--report', report, '-o', `${report}.yaml`);
    expect(code).toBe(0);
    const { tables } = JSON.parse(readFileSync(report, 'utf8'));
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      sheet: '监管计划',
      headerRow: 2,
      section: 'basic',
      sectionFrom: 'title',
    });
    expect(tables[0].columns.slice(0, 3)).toEqual([
      { column: 'A', header: '序号', field: 'number', reason: 'known', score: 100 },
      { column: 'B', header: '任务名称', field: 'name', reason: 'role-suffix', score: 60 },
      { column: 'C', header: '检查事项', reason: 'taken-by-other', score: 60, instead: 'B' },
    ]);
  });
});
