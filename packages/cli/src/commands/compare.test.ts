import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan, qingdanWith } from '../../test/qingdan.js';

const fixtures = fileURLToPath(
  new URL('../../../compare/test/fixtures/alignment/', import.meta.url),
);
const list = (id: string) => join(fixtures, `${id}.json`);

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

  it('refuses a threshold outside 0 to 1', async () => {
    const { code, stderr } = await qingdan('compare', fixtures, '--threshold', '2');
    expect(code).toBe(2);
    expect(stderr).toContain('0 to 1');
  });
});
