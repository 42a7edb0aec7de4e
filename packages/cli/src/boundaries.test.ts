import {
  copyFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../test/qingdan.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const base = 'https://data.example.org/qingdan/';

/** A folder of the user's: the example lists and a README beside them. */
function userFolder(): { dir: string; lists: string; snapshot: () => Record<string, string> } {
  const dir = mkdtempSync(join(tmpdir(), 'qingdan-boundaries-'));
  const lists = join(dir, 'lists');
  cpSync(repo('examples/lists'), lists, { recursive: true });
  writeFileSync(join(lists, 'README.md'), '我们的清单 / our lists\n');
  writeFileSync(join(dir, 'notes.txt'), 'notes\n');
  const snapshot = () =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => {
          const path = join(e.parentPath, e.name);
          return [path, readFileSync(path, 'utf8')];
        }),
    );
  return { dir, lists, snapshot };
}

describe('nothing a command did not write is deleted or overwritten', () => {
  it('publish refuses the input folder, a folder holding it, one inside it and a file, exit 2', async () => {
    const { dir, lists, snapshot } = userFolder();
    const before = snapshot();
    for (const [out, reason] of [
      [lists, '它就是输入'],
      [dir, '它包含输入'],
      [join(lists, 'public'), '位于输入文件夹'],
      [join(dir, 'notes.txt'), '已存在同名文件'],
    ] as const) {
      const run = await qingdan('publish', lists, '--out', out, '--base', base);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('output-refused');
      expect(run.stderr).toContain(reason);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(snapshot()).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['lists', 'notes.txt']);
  });

  it('publish refuses a folder it did not write, and replaces one it did', async () => {
    const { dir, lists } = userFolder();
    const theirs = join(dir, 'theirs');
    mkdirSync(theirs);
    writeFileSync(join(theirs, 'index.html'), 'mine');
    const refused = await qingdan('publish', lists, '--out', theirs, '--base', base, '--json');
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout).issues[0]).toMatchObject({
      code: 'output-refused',
      params: { reason: 'not-ours', entry: 'index.html' },
    });
    expect(readdirSync(theirs)).toEqual(['index.html']);
    const out = join(dir, 'public');
    expect((await qingdan('publish', lists, '--out', out, '--base', base)).code).toBe(0);
    expect((await qingdan('publish', lists, '--out', out, '--base', base)).code).toBe(0);
    expect(readdirSync(out)).toContain('catalog.ttl');
  });

  it('export never writes over its input, and writes only the formats its file names say', async () => {
    const { lists, snapshot } = userFolder();
    const list = join(lists, 'huangmei-wuzu-2024.yaml');
    const before = snapshot();
    const same = await qingdan('export', list, '-o', list);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain('扩展名应为 .xlsx');
    const asCsv = await qingdan('export', list, '-o', list, '--format', 'csv');
    expect(asCsv.code).toBe(2);
    expect((await qingdan('export', list, '-o', join(lists, 'wuzu.txt'))).code).toBe(2);
    expect(
      (await qingdan('export', list, '-o', join(lists, 'wuzu.csv'), '--format', 'xlsx')).code,
    ).toBe(2);
    expect(snapshot()).toEqual(before);
  });

  it('import never writes over its input or its profile, and names only list files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-boundaries-'));
    const csv = join(dir, 'huangmei-basic.csv');
    const profile = join(dir, 'huangmei-basic.profile.yaml');
    copyFileSync(repo('examples/spreadsheets/huangmei-basic.csv'), csv);
    copyFileSync(repo('examples/spreadsheets/huangmei-basic.profile.yaml'), profile);
    const before = [readFileSync(csv), readFileSync(profile)];
    for (const args of [
      ['-o', csv],
      ['-o', join(dir, 'list.xlsx')],
      ['-o', profile],
      ['-o', join(dir, 'list.yaml'), '--report', join(dir, 'list.yaml')],
      ['--report', csv],
    ]) {
      const run = await qingdan('import', csv, '--profile', profile, ...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('output-refused');
    }
    expect([readFileSync(csv), readFileSync(profile)]).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['huangmei-basic.csv', 'huangmei-basic.profile.yaml']);
  });

  it('import and export keep a file already at -o or --report unless --force', async () => {
    const { dir, lists } = userFolder();
    const list = join(lists, 'huangmei-wuzu-2024.yaml');
    const csv = repo('examples/spreadsheets/huangmei-basic.csv');
    const profile = repo('examples/spreadsheets/huangmei-basic.profile.yaml');
    const theirs = (name: string) => {
      writeFileSync(join(dir, name), '他人的文件 / someone else’s file\n');
      return join(dir, name);
    };
    const kept = [
      theirs('list.yaml'),
      theirs('report.json'),
      theirs('book.xlsx'),
      theirs('table.csv-metadata.json'),
    ] as const;
    const runs = [
      ['import', csv, '--profile', profile, '-o', join(dir, 'list.yaml')],
      ['import', csv, '--profile', profile, '-o', join(dir, 'fresh.yaml'), '--report', kept[1]],
      ['export', list, '-o', join(dir, 'book.xlsx')],
      ['export', list, '-o', join(dir, 'table.csv')],
    ];
    for (const args of runs) {
      const run = await qingdan(...(args as [string, ...string[]]), '--json');
      expect(run.code, args.join(' ')).toBe(2);
      expect(JSON.parse(run.stdout).issues[0]).toMatchObject({
        code: 'output-refused',
        params: { reason: 'exists' },
      });
    }
    for (const path of kept) expect(readFileSync(path, 'utf8')).toContain('他人的文件');
    expect(readdirSync(dir).sort()).toEqual([
      'book.xlsx',
      'list.yaml',
      'lists',
      'notes.txt',
      'report.json',
      'table.csv-metadata.json',
    ]);
    for (const args of runs)
      expect(
        (await qingdan(...(args as [string, ...string[]]), '--force')).code,
        args.join(' '),
      ).toBe(0);
    expect(readFileSync(kept[0], 'utf8')).toContain('id:');
    expect(readFileSync(kept[3], 'utf8')).toContain('"@context"');
  });
});

describe('file-system errors are issues, not stack traces', () => {
  it('a parent that is a file: file-unwritable, exit 2, in zh and en and as JSON', async () => {
    const { dir, lists } = userFolder();
    const run = await qingdan(
      'publish',
      lists,
      '--out',
      join(dir, 'notes.txt', 'public'),
      '--base',
      base,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('file-unwritable');
    expect(run.stderr).toContain('无法创建文件夹');
    expect(run.stderr).toContain('cannot create the folder');
    expect(run.stderr).toContain('a file of that name exists');
    const json = await qingdan(
      'export',
      join(lists, 'huangmei-wuzu-2024.yaml'),
      '-o',
      join(dir, 'notes.txt', 'x.csv'),
      '--json',
    );
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).issues[0]).toMatchObject({
      code: 'file-unwritable',
      params: { errno: 'EEXIST', operation: 'create-folder' },
    });
  });

  it('bare qingdan is a usage error that shows how to use it', async () => {
    const run = await qingdan();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: qingdan');
  });
});

describe('--base gives IRIs that mean one thing', () => {
  it.each([
    ['https://data.example.org/qingdan/#x', 'fragment'],
    ['https://data.example.org/qingdan/?v=1', 'query'],
    ['https://data.example.org/a/../qingdan/', 'dot-segment'],
    ['https://data.example.org/./qingdan/', 'dot-segment'],
    ['http:/qingdan/', 'not-absolute'],
    ['https:///qingdan/', 'authority'],
    ['https://data.example.org/qingdan', 'trailing-slash'],
    ['ftp://data.example.org/qingdan/', 'scheme'],
    ['https://Data.Example.org/qingdan/', 'not-normal'],
    ['https://data.example.org/清 单/', 'characters'],
  ])('refuses %s (%s), exit 2, writing nothing', async (iri, reason) => {
    const { dir, lists } = userFolder();
    const run = await qingdan(
      'publish',
      lists,
      '--out',
      join(dir, 'public'),
      '--base',
      iri,
      '--json',
    );
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).issues[0]).toMatchObject({
      code: 'base-iri-invalid',
      params: { reason },
    });
    expect(readdirSync(dir).sort()).toEqual(['lists', 'notes.txt']);
  });
});

describe('a missing input is missing, whichever command reads it', () => {
  it.each([
    ['import', 'no-such-table.csv'],
    ['validate', 'no-such-list.yaml'],
    ['stats', 'no-such-list.yaml'],
    ['export', 'no-such-list.yaml', '-o', join(tmpdir(), 'never.xlsx')],
  ])('%s %s: file-not-found, exit 1', async (...args) => {
    const run = await qingdan(...args, '--json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"code": "file-not-found"');
  });
});
