import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan, qingdanWith } from '../../test/qingdan.js';
import type { Io } from '../io.js';
import { run } from '../run.js';

const fixtures = fileURLToPath(
  new URL('../../../compare/test/fixtures/alignment/', import.meta.url),
);
const list = (id: string) => join(fixtures, `${id}.json`);

/** A folder of `count` lists: the five fixtures in turn, each copy with an id of its own. */
async function manyLists(count: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qingdan-compare-lists-'));
  const names = ['a', 'b', 'c', 'd', 'e'];
  const bases = await Promise.all(
    names.map(async (n) => JSON.parse(await readFile(list(`county-${n}-2024`), 'utf8'))),
  );
  for (let i = 0; i < count; i++)
    await writeFile(join(dir, `l${i}.json`), JSON.stringify({ ...bases[i % 5], id: `l${i}` }));
  return dir;
}

/** The records of a CSV file, the header left out (no field of these tables holds a line break). */
async function rows(file: string): Promise<string[][]> {
  const lines = (await readFile(file, 'utf8')).split('\n').slice(1, -1);
  return lines.map((l) => l.split(','));
}

describe('qingdan compare', () => {
  it('prints a summary of lists, pairs and the reference', async () => {
    const { code, stdout } = await qingdan(
      'compare',
      list('county-b-2024'),
      list('county-c-2024'),
      '--reference',
      list('county-a-2024'),
    );
    expect(code).toBe(0);
    expect(stdout).toContain('比较了 3 份清单，0 份无效或重复、未纳入');
    expect(stdout).toContain('compared 3 list(s), 0 left out (invalid or repeated)');
    expect(stdout).toContain('Reference county-a-2024: 20 项 items');
  });

  it('leaves out an invalid list, says where and why, and exits 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-compare-'));
    const bad = join(dir, 'bad.json');
    const good = JSON.parse(await readFile(list('county-b-2024'), 'utf8'));
    good.duties[2].section = 'nonsense';
    await writeFile(bad, JSON.stringify(good, null, 2));
    const { code, stdout, stderr } = await qingdan(
      'compare',
      list('county-a-2024'),
      list('county-c-2024'),
      bad,
      '--json',
    );
    expect(code).toBe(1);
    expect(stderr).toContain(bad);
    expect(stderr).toContain('duties[2]');
    const json = JSON.parse(stdout);
    expect(json.compared).toBe(2);
    expect(json.leftOut).toHaveLength(1);
    expect(json.leftOut[0].file).toBe(bad);
    expect(json.lists.map((l: { id: string }) => l.id)).toEqual(['county-a-2024', 'county-c-2024']);
  });

  it('writes tidy CSV files and the JSON into --out', async () => {
    const out = await mkdtemp(join(tmpdir(), 'qingdan-compare-out-'));
    const { code } = await qingdan('compare', fixtures, '--out', out, '--threshold', '0.7');
    expect(code).toBe(0);
    const concepts = (await readFile(join(out, 'concepts.csv'), 'utf8')).trim().split('\n');
    const json = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8'));
    expect(concepts[0]).toMatch(/^concept,concept_label,list,/);
    // One row per concept and list, present or not.
    expect(concepts.length - 1).toBe(json.concepts.length * 5);
    const pairs = (await readFile(join(out, 'pairs.csv'), 'utf8')).trim().split('\n');
    expect(pairs.length - 1).toBe(10);
    expect(json.options.nameThreshold).toBe(0.7);
  });

  it('compares a reference found among the lists once, and leaves out a list given twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-compare-twice-'));
    const again = join(dir, 'again.json');
    await writeFile(again, await readFile(list('county-b-2024'), 'utf8'));
    const { code, stderr, stdout } = await qingdan(
      'compare',
      fixtures,
      again,
      '--reference',
      list('county-a-2024'),
      '--json',
    );
    expect(code).toBe(1);
    expect(stderr).toContain('duplicate-list-id');
    const json = JSON.parse(stdout);
    expect(json.lists.map((l: { id: string }) => l.id)).toEqual([
      'county-a-2024',
      'county-b-2024',
      'county-c-2024',
      'county-d-2024',
      'county-e-2024',
    ]);
    expect(json.leftOut.map((x: { file: string }) => x.file)).toEqual([again]);
  });

  it('draws a progress bar on a terminal when the run is long, and only then', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-compare-many-'));
    const base = JSON.parse(await readFile(list('county-c-2024'), 'utf8'));
    for (let i = 0; i < 50; i++)
      await writeFile(join(dir, `l${i}.json`), JSON.stringify({ ...base, id: `l${i}` }));
    const long = await qingdanWith({ interactive: true }, 'compare', dir);
    expect(long.code).toBe(0);
    expect(long.stderr).toContain('aligning [');
    expect(long.stderr).toContain('50/50');
    const piped = await qingdanWith({ interactive: false }, 'compare', dir);
    expect(piped.stderr).toBe('');
  });

  it('writes every table complete, and the similarity as a matrix, when every pair is measured', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'qingdan-compare-all-')), 'out');
    const n = 12;
    const { code } = await qingdan('compare', await manyLists(n), '--out', out);
    expect(code).toBe(0);
    const json = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8'));
    expect(json.selection).toEqual({ kind: 'all' });
    expect(await rows(join(out, 'pairs.csv'))).toHaveLength((n * (n - 1)) / 2);
    expect(json.pairs).toHaveLength((n * (n - 1)) / 2);
    expect(await rows(join(out, 'concepts.csv'))).toHaveLength(json.concepts.length * n);
    const matrix = await rows(join(out, 'similarity.csv'));
    expect(matrix).toHaveLength(n);
    expect(matrix.every((r) => r.length === n + 1)).toBe(true);
    expect(json.similarity).toHaveLength(n);
    const groups = json.pairs.reduce(
      (k: number, p: { groups: unknown[] }) => k + p.groups.length,
      0,
    );
    expect(await rows(join(out, 'pair-groups.csv'))).toHaveLength(groups);
  });

  it('beyond --all-pairs-up-to measures each list with its nearest lists only', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'qingdan-compare-near-')), 'out');
    const n = 12;
    const dir = await manyLists(n);
    const args = ['compare', dir, '--out', out, '--all-pairs-up-to', '5', '--nearest', '3'];
    const { code } = await qingdan(...args);
    expect(code).toBe(0);
    expect((await readdir(out)).sort()).toEqual([
      '.qingdan-output.json',
      'comparison.json',
      'concepts.csv',
      'list-counts.csv',
      'nearest.csv',
      'pair-groups.csv',
      'pairs.csv',
      'section-disagreements.csv',
    ]);
    const json = JSON.parse(await readFile(join(out, 'comparison.json'), 'utf8'));
    expect(json.selection).toEqual({ kind: 'nearest', k: 3 });
    const nearest = await rows(join(out, 'nearest.csv'));
    expect(nearest).toHaveLength(n * 3);
    // Every pair of a list and one of its nearest is measured, once.
    const pairs = await rows(join(out, 'pairs.csv'));
    const expected = new Set(nearest.map(([a, , b]) => [a, b].sort().join(' ')));
    expect(new Set(pairs.map(([a, b]) => [a, b].sort().join(' ')))).toEqual(expected);
    expect(pairs).toHaveLength(expected.size);
    expect(json.pairs).toHaveLength(expected.size);
    const disagreements = json.pairs.reduce(
      (k: number, p: { sectionDisagreements: unknown[] }) => k + p.sectionDisagreements.length,
      0,
    );
    expect(await rows(join(out, 'section-disagreements.csv'))).toHaveLength(disagreements);
  });

  it('streams --json to standard output in batches, not as one string', async () => {
    const writes: string[] = [];
    const io: Io = {
      stdout: (t) => {
        writes.push(t);
      },
      drainStdout: async () => {},
      stderr: () => {},
      readStdin: async () => new Uint8Array(),
      interactive: false,
    };
    const n = 60;
    expect(await run(['compare', await manyLists(n), '--json'], io)).toBe(0);
    expect(writes.length).toBeGreaterThan(1);
    const json = JSON.parse(writes.join(''));
    expect(json.pairs).toHaveLength((n * (n - 1)) / 2);
  });

  it('replaces the output folder whole, and leaves no staging folder behind', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'qingdan-compare-again-'));
    const out = join(parent, 'out');
    const reference = ['--reference', list('county-a-2024')];
    expect((await qingdan('compare', fixtures, '--out', out, ...reference)).code).toBe(0);
    expect(await readdir(out)).toContain('reference.csv');
    expect((await qingdan('compare', fixtures, '--out', out)).code).toBe(0);
    // A second run without a reference leaves no reference.csv of the first.
    expect(await readdir(out)).not.toContain('reference.csv');
    expect(await readdir(parent)).toEqual(['out']);
  });

  it('refuses to replace a folder holding files a comparison does not write, exit 2', async () => {
    const out = await mkdtemp(join(tmpdir(), 'qingdan-compare-foreign-'));
    await mkdir(join(out, 'lists'));
    await writeFile(join(out, 'notes.txt'), 'mine');
    const { code, stderr } = await qingdan('compare', fixtures, '--out', out);
    expect(code).toBe(2);
    expect(stderr).toContain('output-refused');
    expect(stderr).toContain('it holds lists');
    expect((await readdir(out)).sort()).toEqual(['lists', 'notes.txt']);
  });

  it('refuses a threshold outside 0 to 1', async () => {
    const { code, stderr } = await qingdan('compare', fixtures, '--threshold', '2');
    expect(code).toBe(2);
    expect(stderr).toContain('0 to 1');
  });
});
