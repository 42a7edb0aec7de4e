import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../../test/qingdan.js';

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const base = 'https://data.example.org/qingdan/';

function outFolder(): string {
  return join(mkdtempSync(join(tmpdir(), 'qingdan-cli-cpsv-')), 'public');
}

describe('qingdan publish --profile cpsv-ap, then validate --profile cpsv-ap', () => {
  it('publishes every example as CPSV-AP graphs that the official shapes accept, exit 0', async () => {
    const out = outFolder();
    const lists = [repo('examples/lists'), repo('examples/editions')];
    const published = await qingdan(
      'publish',
      ...lists,
      '--profile',
      'cpsv-ap',
      '--out',
      out,
      '--base',
      base,
      '--format',
      'ttl,jsonld',
    );
    expect(published.stderr).not.toMatch(/\n\s+at /);
    expect(published.code).toBe(0);
    const tingqian = readdirSync(join(out, '421127108')).sort();
    expect(tingqian).toContain('huangmei-tingqian-2025.ttl');
    const ttl = readFileSync(join(out, '421127108', 'huangmei-tingqian-2025.ttl'), 'utf8');
    expect(ttl).toContain('cpsv:PublicService');
    // The two Tingqian editions share duties, each classified by one generic service.
    expect(ttl).toMatch(/cv:isClassifiedBy <https:\/\/data\.example\.org\/qingdan\/service\//);
    const graphs = readdirSync(out, { recursive: true, withFileTypes: true })
      // The editions' graphs: not the catalog, nor the vocabulary published beside them.
      .filter(
        (e) =>
          e.isFile() &&
          /\.(ttl|jsonld)$/.test(e.name) &&
          !e.name.startsWith('catalog') &&
          !relative(out, e.parentPath).startsWith('vocab'),
      )
      .map((e) => join(e.parentPath, e.name));
    expect(graphs.length).toBe(14);
    const checked = await qingdan('validate', '--profile', 'cpsv-ap', '--json', ...graphs);
    const report = JSON.parse(checked.stdout);
    expect(report.files.flatMap((f: { issues: unknown[] }) => f.issues)).toEqual([]);
    expect(report.valid).toBe(true);
    expect(checked.code).toBe(0);
  });

  it('reports a list that cannot be read once, by its file, and publishes the others', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-cli-cpsv-lists-'));
    for (const name of ['huangmei-tingqian-2024.yaml', 'huangmei-tingqian-2025.yaml'])
      writeFileSync(join(dir, name), readFileSync(repo(`examples/editions/${name}`)));
    writeFileSync(join(dir, 'broken.yaml'), 'id: [unclosed\n');
    const out = outFolder();
    const args = ['publish', dir, '--profile', 'cpsv-ap', '--out', out, '--base', base];
    const run = await qingdan(...args, '--keep-going', '--json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.rejected.map((r: { file: string }) => r.file)).toEqual([
      join(dir, 'broken.yaml'),
    ]);
    const ttl = readFileSync(join(out, '421127108', 'huangmei-tingqian-2025.ttl'), 'utf8');
    // Aligning read the two good lists, so their shared duties still get a generic service.
    expect(ttl).toMatch(/cv:isClassifiedBy <https:\/\/data\.example\.org\/qingdan\/service\//);
  });

  it("reports SEMIC's own example's violations located, in the shape's words, zh and en, exit 1", async () => {
    const run = await qingdan(
      'validate',
      '--profile',
      'cpsv-ap',
      repo('packages/cpsv-ap/standards/examples/example-rdf_public_service.jsonld'),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('cpsv-violation');
    expect(run.stdout).toContain('不符合 CPSV-AP 3.2 形状 PublicOrganisationShape/');
    expect(run.stdout).toContain('does not conform to CPSV-AP 3.2 shape');
    expect(run.stdout).toContain('http://purl.org/dc/terms/spatial');
    expect(run.stdout).toMatch(/6 issue\(s\)/);
  });

  it('a graph missing a mandatory property names the shape and the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-cli-cpsv-bad-'));
    const file = join(dir, 'service.ttl');
    writeFileSync(
      file,
      `<https://x.org/s> a <http://purl.org/vocab/cpsv#PublicService> ;
  <http://purl.org/dc/terms/identifier> "s" ;
  <http://purl.org/dc/terms/title> "服务"@zh ;
  <http://purl.org/dc/terms/description> "说明" .
`,
    );
    const run = await qingdan('validate', '--profile', 'cpsv-ap', '--json', file);
    expect(run.code).toBe(1);
    const issues = JSON.parse(run.stdout).files[0].issues;
    const props = issues.map((i: { params: { property: string } }) => i.params.property).sort();
    expect(props).toEqual([
      'http://data.europa.eu/m8g/hasCompetentAuthority',
      'http://purl.org/dc/terms/description',
    ]);
    const missing = issues.find(
      (i: { params: { constraint: string } }) =>
        i.params.constraint === 'MinCountConstraintComponent',
    );
    expect(missing.params.shape).toMatch(/^PublicServiceShape\//);
    expect(missing.params.engines).toBe('rdf-validate-shacl, shacl-engine');
    expect(missing.file).toBe(file);
  });

  it('an unreadable graph or an unknown profile is reported without a stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qingdan-cli-cpsv-bad-'));
    const file = join(dir, 'broken.ttl');
    writeFileSync(file, '<https://x.org/a> <https://x.org/b> <https://x.org/c> .\n<a> <b> .\n');
    const broken = await qingdan('validate', '--profile', 'cpsv-ap', file);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('cpsv-graph-unreadable');
    expect(broken.stdout).toContain(`${file}:2 $`);
    const missing = await qingdan('validate', '--profile', 'cpsv-ap', join(dir, 'none.ttl'));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('file-not-found');
    const unknown = await qingdan('validate', '--profile', 'dcat-ap', file);
    expect(unknown.code).toBe(2);
    // A literal 黄梅 in GBK: read as UTF-8 it became U+FFFD and the graph was checked as if fine.
    const gbk = join(dir, 'gbk.ttl');
    const head = new TextEncoder().encode('<https://x.org/a> <https://x.org/b> "');
    writeFileSync(gbk, new Uint8Array([...head, 0xbb, 0xc6, 0xc3, 0xb7, 0x22, 0x20, 0x2e, 0x0a]));
    const garbled = await qingdan('validate', '--profile', 'cpsv-ap', gbk);
    expect(garbled.code).toBe(1);
    expect(garbled.stdout).toContain('text-encoding-invalid');
    expect(garbled.stdout).toContain('GB18030');
    expect(garbled.stdout).toContain(`${gbk}:1:${head.length + 1} $`);
    // A graph of no triples conforms to every shape: a pass that checked nothing.
    const empty = join(dir, 'empty.ttl');
    writeFileSync(empty, '@prefix cpsv: <http://purl.org/vocab/cpsv#> .\n');
    const none = await qingdan('validate', '--profile', 'cpsv-ap', empty);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('file-empty');
    for (const r of [broken, missing, unknown, garbled, none])
      expect(r.stderr + r.stdout).not.toMatch(/\n\s+at /);
  });
});
