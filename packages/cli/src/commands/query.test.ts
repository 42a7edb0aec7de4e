import { appendFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../../test/qingdan.js';

const examples = (path: string) =>
  fileURLToPath(new URL(`../../../../examples/${path}`, import.meta.url));
const lists = examples('lists');
const editions = examples('editions');

describe('qingdan query', () => {
  it('lists the saved queries with their zh and en descriptions', async () => {
    const { code, stdout } = await qingdan('query', '--list');
    expect(code).toBe(0);
    expect(stdout).toContain('editions');
    expect(stdout).toContain('各清单版本及其状态');
    expect(stdout).toContain('Editions and their status');
  });

  it('prints a table whose columns line up with Chinese text', async () => {
    const { code, stdout } = await qingdan('query', '--saved', 'editions', lists, editions);
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter((l) => l.length > 0 && !l.startsWith('（'));
    expect(lines.length).toBe(2 + 7);
    expect(stdout).toContain('五祖镇履行职责事项清单');
    // The column after the title starts at the same display column on every line.
    const dateColumn = lines
      .slice(2)
      .map((l) => stringWidth(l.slice(0, l.search(/\d{4}-\d\d-\d\d/))));
    expect(new Set(dateColumn).size).toBe(1);
    expect(stdout).toContain('（7 行 / 7 row(s)）');
  });

  it('writes SPARQL results JSON, CSV and TSV', async () => {
    const q =
      'SELECT ?list WHERE { ?e a <https://w3id.org/qingdan/ns#DutyList> ; <http://purl.org/dc/terms/identifier> ?list } ORDER BY ?list';
    const json = JSON.parse((await qingdan('query', q, lists, '--format', 'json')).stdout);
    expect(json.head.vars).toEqual(['list']);
    expect(json.results.bindings.map((b: { list: { value: string } }) => b.list.value)).toContain(
      'huangmei-wuzu-2024',
    );
    const csv = (await qingdan('query', q, lists, '--format', 'csv')).stdout;
    expect(csv.split(/\r?\n/)[0]).toBe('list');
    expect(csv).toContain('huangmei-wuzu-2024');
    const tsv = (await qingdan('query', q, lists, '--format', 'tsv')).stdout;
    expect(tsv.split('\n')[0]).toBe('?list');
  });

  it('answers ASK, and CONSTRUCT in Turtle or N-Triples', async () => {
    expect(
      (await qingdan('query', 'ASK { ?s a <https://w3id.org/qingdan/ns#DelegatedDuty> }', lists))
        .stdout,
    ).toBe('true\n');
    const construct =
      'CONSTRUCT { ?d <http://www.w3.org/2004/02/skos/core#prefLabel> ?l } WHERE { ?d a <https://w3id.org/qingdan/ns#Department> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }';
    const ttl = await qingdan('query', construct, lists);
    expect(ttl.code).toBe(0);
    expect(ttl.stdout).toContain('skos:prefLabel "黄梅县应急管理局"@zh');
    const nt = await qingdan('query', construct, lists, '--format', 'nt');
    expect(nt.stdout).toMatch(
      /^<[^>]+> <http:\/\/www\.w3\.org\/2004\/02\/skos\/core#prefLabel> "[^"]+"@zh \.$/mu,
    );
  });

  it('reads a query from a file and queries a published folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-query-'));
    const published = join(dir, 'public');
    expect(
      (
        await qingdan(
          'publish',
          lists,
          '--out',
          published,
          '--base',
          'https://data.example.org/qd/',
        )
      ).code,
    ).toBe(0);
    const file = join(dir, 'q.rq');
    await writeFile(
      file,
      'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?e a <https://w3id.org/qingdan/ns#DutyList> } }',
    );
    const { code, stdout } = await qingdan('query', '--file', file, published, '--format', 'csv');
    expect(code).toBe(0);
    expect(stdout.split(/\r?\n/)[1]).toBe('5');
    // An edition's file damaged after publishing: a line cut short at its end.
    const damaged = join(published, '421127104', 'huangmei-wuzu-2024.nt');
    const lines = (await readFile(damaged, 'utf8')).split('\n').length;
    await appendFile(damaged, '<https://data.example.org/qd/x> <https://x.org/p> "cut\n');
    const count =
      'SELECT (COUNT(*) AS ?n) WHERE { GRAPH <https://data.example.org/qd/421127104/huangmei-wuzu-2024> { ?s ?p ?o } }';
    const run = await qingdan('query', count, published, '--format', 'csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${damaged}:${lines}:`);
    expect(run.stderr).toContain('rdf-syntax-invalid');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    // Left out whole: none of the lines read before the damaged one is counted.
    expect(run.stdout.split(/\r?\n/)[1]).toBe('0');
    const others = await qingdan('query', '--file', file, published, '--format', 'csv');
    expect(others.stdout.split(/\r?\n/)[1]).toBe('4');
  });

  it('reports a bad query, an unknown saved query and a missing file as issues, no stack trace', async () => {
    const bad = await qingdan('query', 'SELECT * WHERE { ?s ?p }', lists);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('sparql-query-invalid');
    expect(bad.stderr).toContain('SPARQL 查询有误');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const unknown = await qingdan('query', '--saved', 'nope', lists);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('saved-query-unknown');
    const missing = await qingdan('query', '--file', 'no-such-query.rq', lists);
    expect(missing.code).toBe(1);
    expect(missing.stdout + missing.stderr).toContain('no-such-query.rq');
    const format = await qingdan('query', 'ASK {}', lists, '--format', 'ttl');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('query-format-unsupported');
  });

  it('refuses a query file in GBK at its first byte rather than matching nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-query-gbk-'));
    const file = join(dir, 'q.rq');
    // SELECT ?s WHERE { ?s ?p "黄梅" } with 黄梅 in GBK: read as UTF-8 it became U+FFFD and 0 rows.
    const head = new TextEncoder().encode('SELECT ?s WHERE { ?s ?p "');
    await writeFile(file, new Uint8Array([...head, 0xbb, 0xc6, 0xc3, 0xb7, 0x22, 0x20, 0x7d]));
    const run = await qingdan('query', '--file', file, lists);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('text-encoding-invalid');
    expect(run.stderr).toContain(`${file}:1:${head.length + 1}`);
    expect(run.stderr).toContain('GB18030');
    expect(run.stdout).toBe('');
  });
});
