import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../../test/qingdan.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const examples = repo('examples/lists');
const broken = repo('packages/cli/test/fixtures/broken-every-invariant.yaml');
const base = 'https://data.example.org/qingdan/';

function outFolder(): string {
  return join(mkdtempSync(join(tmpdir(), 'qingdan-cli-publish-')), 'public');
}

describe('qingdan publish', () => {
  it('publishes the example lists in four formats with a catalog, and sums up in zh and en', async () => {
    const out = outFolder();
    const { code, stdout } = await qingdan('publish', examples, '--out', out, '--base', base);
    expect(code).toBe(0);
    expect(readdirSync(out)).toContain('catalog.ttl');
    expect(readdirSync(join(out, '421127104')).sort()).toEqual([
      'huangmei-wuzu-2024.jsonld',
      'huangmei-wuzu-2024.nq',
      'huangmei-wuzu-2024.nt',
      'huangmei-wuzu-2024.ttl',
    ]);
    expect(stdout).toMatch(/已发布：\d+ 个版本/);
    expect(stdout).toMatch(/published: \d+ edition\(s\), \d+ duties, \d+ triples/);
  });

  it('writes only the formats asked for, and reports JSON', async () => {
    const out = outFolder();
    const { code, stdout } = await qingdan(
      'publish',
      examples,
      '--out',
      out,
      '--base',
      base,
      '--format',
      'nt,ttl',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.committed).toBe(true);
    const files = report.editions.flatMap((e: { files: { path: string }[] }) => e.files);
    expect(files.every((f: { path: string }) => /\.(nt|ttl)$/.test(f.path))).toBe(true);
    expect(readdirSync(join(out, '421127104')).sort()).toEqual([
      'huangmei-wuzu-2024.nt',
      'huangmei-wuzu-2024.ttl',
    ]);
  });

  it('with an invalid list replaces nothing, prints every issue located, exit 1', async () => {
    const out = outFolder();
    expect((await qingdan('publish', examples, '--out', out, '--base', base)).code).toBe(0);
    const before = readdirSync(out, { recursive: true }).sort();
    const { code, stdout } = await qingdan(
      'publish',
      examples,
      broken,
      '--out',
      out,
      '--base',
      base,
    );
    expect(code).toBe(1);
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(before);
    expect(stdout).toMatch(/broken-every-invariant\.yaml:\d+:\d+/);
    expect(stdout).toContain('未发布，原有输出未改动');
  });

  it('with --keep-going publishes the valid lists and still exits 1', async () => {
    const out = outFolder();
    const { code, stdout } = await qingdan(
      'publish',
      examples,
      broken,
      '--out',
      out,
      '--base',
      base,
      '--keep-going',
    );
    expect(code).toBe(1);
    expect(readFileSync(join(out, 'catalog.ttl'), 'utf8')).toContain('dcat:Catalog');
    expect(stdout).toContain('✗');
  });

  it('with --keep-going publishes the valid lists beside an alias bomb, which it reports', async () => {
    const out = outFolder();
    const bomb = repo('packages/cli/test/fixtures/alias-bomb.yaml');
    const { code, stdout } = await qingdan(
      'publish',
      examples,
      bomb,
      '--out',
      out,
      '--base',
      base,
      '--keep-going',
    );
    expect(code).toBe(1);
    expect(readdirSync(out)).toContain('421127104');
    expect(stdout).toMatch(/alias-bomb\.yaml:\d+:\d+/);
  });

  it('refuses an unknown format or a base that is not an http(s) IRI, exit 2', async () => {
    const out = outFolder();
    expect(
      (await qingdan('publish', examples, '--out', out, '--base', base, '--format', 'rdfxml')).code,
    ).toBe(2);
    expect((await qingdan('publish', examples, '--out', out, '--base', 'data/')).code).toBe(2);
    expect((await qingdan('publish', examples, '--base', base)).code).toBe(2);
  });

  it('refuses a licence, contact or publisher that cannot be written, before reading a list, exit 2', async () => {
    for (const command of ['publish', 'site'])
      for (const [option, value, reason] of [
        ['--licence', 'CC BY 4.0', 'iri-character'],
        ['--contact', '<script>', 'iri-character'],
        ['--contact', 'www.example.org', 'not-absolute'],
        ['--contact', 'a@b@c', 'not-email'],
        ['--publisher', '黄梅县\u001b[2J委编办', 'text-hazard'],
        ['--publisher', '黄梅县\u202e委编办', 'text-hazard'],
      ] as const) {
        const out = outFolder();
        const run = await qingdan(command, examples, '--out', out, '--base', base, option, value);
        expect(run.code, `${command} ${option} ${value}`).toBe(2);
        expect(run.stderr).toContain('catalog-description-invalid');
        expect(run.stderr).toContain(`${option} $`);
        expect(run.stderr + run.stdout).not.toMatch(/\n\s+at /);
        expect(readdirSync(join(out, '..'))).toEqual([]);
        const json = await qingdan(
          command,
          examples,
          '--out',
          out,
          '--base',
          base,
          option,
          value,
          '--json',
        );
        expect(JSON.parse(json.stdout).issues[0].params).toMatchObject({ value, reason });
      }
  });
});
