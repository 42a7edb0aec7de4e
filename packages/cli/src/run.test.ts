import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../test/qingdan.js';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../test/fixtures/${name}`, import.meta.url));
const example = (name: string) =>
  fileURLToPath(new URL(`../../../examples/lists/${name}`, import.meta.url));

describe('qingdan validate', () => {
  it('rejects each broken invariant with a located message in Chinese and English, exit 1', async () => {
    const { code, stdout } = await qingdan('validate', fixture('broken-every-invariant.yaml'));
    expect(code).toBe(1);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(stdout).toContain(`[invariant ${n} / 第${n}条规则]`);
    expect(stdout).toMatch(/broken-every-invariant\.yaml:15:5 duties\[0\]\.leadDepartments/);
    expect(stdout).toContain('配合履职事项「生产安全事故应急」未指明牵头县直部门');
    expect(stdout).toContain('cooperating duty "生产安全事故应急" names no lead county department');
  });

  it('reports an alias bomb as a located issue and still validates the rest of the folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-validate-bomb-'));
    copyFileSync(fixture('alias-bomb.yaml'), join(dir, 'a-bomb.yaml'));
    copyFileSync(example('huangmei-wuzu-2024.yaml'), join(dir, 'b-wuzu.yaml'));
    const { code, stdout } = await qingdan('validate', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/a-bomb\.yaml:\d+:\d+ l\d\[\d\]\n {2}error alias-expansion-too-large/);
    expect(stdout).toContain('✓');
    expect(stdout).toContain('2 list(s): 1 valid, 1 invalid');
  });

  it('gives machines JSON with file, line, path, invariant and both messages', async () => {
    const { code, stdout } = await qingdan(
      'validate',
      '--json',
      fixture('broken-every-invariant.yaml'),
    );
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(false);
    const invariants = new Set(
      report.files[0].issues.map((i: { invariant?: number }) => i.invariant),
    );
    expect([...invariants].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(report.files[0].issues[0]).toMatchObject({
      line: expect.any(Number),
      pointer: expect.any(String),
      message: { zh: expect.any(String), en: expect.any(String) },
    });
  });

  it('reports each file as it reads it: the JSON of many files, valid and not, laid out as one document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-validate-many-'));
    for (let i = 0; i < 30; i++)
      copyFileSync(
        i % 3 === 0 ? fixture('broken-every-invariant.yaml') : example('huangmei-wuzu-2024.yaml'),
        join(dir, `l${String(i).padStart(2, '0')}.yaml`),
      );
    const { code, stdout } = await qingdan('validate', '--json', dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    // The same text JSON.stringify writes of the report, key for key.
    expect(stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
    expect(report.valid).toBe(false);
    expect(report.files).toHaveLength(30);
    expect(report.files.filter((f: { valid: boolean }) => f.valid)).toHaveLength(20);
    const text = await qingdan('validate', dir);
    expect(text.stdout).toContain('30 list(s): 20 valid, 10 invalid');
    // stats reports each list as it reads it too, its JSON one array.
    const stats = await qingdan('stats', '--json', dir);
    expect(stats.code).toBe(1);
    const lists = JSON.parse(stats.stdout);
    expect(stats.stdout).toBe(`${JSON.stringify(lists, null, 2)}\n`);
    expect(lists.filter((l: { invalid?: boolean }) => l.invalid)).toHaveLength(10);
  });

  it('accepts a draft with gaps, reporting them as warnings, exit 0', async () => {
    const { code, stdout } = await qingdan('validate', fixture('valid-draft.yaml'));
    expect(code).toBe(0);
    expect(stdout).toContain('warning [invariant 1');
  });

  it('shows an argument commander rejects escaped, so its control sequences do nothing', async () => {
    const { code, stderr } = await qingdan('validate', '--x\u001b]0;pwned\u0007', 'a');
    expect(code).toBe(2);
    expect(stderr).toContain("unknown option '--x\\u001b]0;pwned\\u0007'");
    expect(stderr).not.toContain('\u001b');
    const unknown = await qingdan('\u001b[2Jwipe');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('\\u001b[2Jwipe');
    expect(unknown.stderr).not.toContain('\u001b');
  });

  it('exits 2 on a usage error, and when no list file is found', async () => {
    expect((await qingdan('validate')).code).toBe(2);
    expect((await qingdan('validate', '--no-such-option', fixture('valid-draft.yaml'))).code).toBe(
      2,
    );
    expect((await qingdan('frobnicate')).code).toBe(2);
    const empty = await qingdan('validate', fileURLToPath(new URL('./commands/', import.meta.url)));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no list files found');
  });

  it('reports a missing file as missing, not as a wrong format, and goes on with the rest', async () => {
    const valid = fileURLToPath(
      new URL('../../../examples/lists/huangmei-wuzu-2024.yaml', import.meta.url),
    );
    for (const missing of ['no-such-list.yaml', 'no-such-folder/']) {
      const { code, stdout } = await qingdan('validate', missing, valid);
      expect(code).toBe(1);
      expect(stdout).toContain('file-not-found');
      expect(stdout).toContain(`找不到 ${missing}`);
      expect(stdout).not.toContain('invalid-format');
      expect(stdout).toContain('✓');
    }
  });
});

describe('qingdan stats', () => {
  it('counts by section, domain and office, as a table and as JSON', async () => {
    const table = await qingdan('stats', fixture('valid-draft.yaml'));
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/基本履职事项 Basic duty\s+1/);
    expect(table.stdout).toMatch(/社会事务办公室\s+2/);
    const json = await qingdan('stats', '--json', fixture('valid-draft.yaml'));
    expect(JSON.parse(json.stdout)[0]).toMatchObject({
      total: 2,
      bySection: { basic: 1, cooperating: 1 },
      byOffice: { shsw: 2 },
    });
  });
});

describe('qingdan --help', () => {
  it('lists the commands, exit 0', async () => {
    const { code, stdout } = await qingdan('--help');
    expect(code).toBe(0);
    expect(stdout).toContain('validate');
    expect(stdout).toContain('stats');
  });
});
