import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Io, run } from '@qingdan/cli';
import type { Duty, DutyList } from '@qingdan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeListFiles } from './compare-files.js';
import { generateLists } from './compare-generate.js';

// What `qingdan compare --out` wrote for the corpora below, file by file (SHA-256), before its
// reading, alignment and writing were made faster. Making the command faster must not change
// a byte of what it writes; a deliberate change of the outputs records new digests here.
const golden = {
  nearest: {
    '.qingdan-output.json': '66e51135ed7cd9fcd8e538f6359575a1566f155b4bccb9c13ff41821ee7ecdc7',
    'comparison.json': '8a23365fdac09421eb00f83d68fbeff3145502b286d1935606f3543459935a6a',
    'concepts.csv': '196f4d582cf844f25c9296ca3ed493b184d0b7a63126074e53ace48875dfabf9',
    'list-counts.csv': '0967c9932de8fee4330c9eb9c4ada5b3429e99627133b756422a99abc9374d7c',
    'nearest.csv': 'dd8422e26480a524bacdcbcc25473b90e84f2e7ca00fb58169435df60617d5b2',
    'pair-groups.csv': '571c488ee573a4cd9b9afb9a8eec4f34bd2ad6da58a4948b1aff7b34bd939270',
    'pairs.csv': 'e979f089b3755c0494a00875f646b67a9f348ff81c051d0371323c3efcb67045',
    'section-disagreements.csv': '7c52ffb1711bd47df1be592719727c61aabd355aa7ef94583ad5ea7275ec5b65',
  },
  allPairs: {
    '.qingdan-output.json': '66e51135ed7cd9fcd8e538f6359575a1566f155b4bccb9c13ff41821ee7ecdc7',
    'comparison.json': '0479f061b4d2f6bbcc78c3fc97560a3fe0739a836253b70e8b32bfc38fc467fc',
    'concepts.csv': '3e98b387469dfae87961f585acfa37e14ff837e144d076f0417d95c1c7a9844c',
    'list-counts.csv': 'd9692afbbc1e39311638493e99e90c07d735d8a9bdfbd613aceec89e1520feea',
    'pair-groups.csv': '8bb1b811a8329b2287ec3359a20d36df5f327aea5a59a881d6819d91885f0abd',
    'pairs.csv': '315f51089184ee4696413860b6069b616315e4c2a78fce0744c2f64578ee9f79',
    'reference.csv': '9c98280b0798dedee546ccd53616de7e71415dcc9d135f5eea69ad92d3fc6fed',
    'section-disagreements.csv': '2cb13bb54be350bb12d2fc19b7ba49f7c7783e4837c061e22e5ec923294607ad',
    'similarity.csv': 'bb26d79ccb3da497cec08f7d2b109fe624b0cde026479c816974ef2f860524f1',
  },
};

const domains = [
  'public-safety-rule-of-law',
  'livelihood-services',
  'agriculture-rural-affairs',
  'party-building',
];
const powerCategories = [
  'administrative-inspection',
  'administrative-payment',
  'other-administrative-power',
];

/**
 * The generated lists with what the generator leaves out: item codes (shared by some duties of
 * different lists, so that duties also match by code), domains, power categories, and names
 * that CSV must quote.
 */
function varied(lists: readonly DutyList[]): DutyList[] {
  return lists.map((list, l) => ({
    ...list,
    duties: list.duties.map((d, i): Duty => {
      const n = l * 1000 + i;
      return {
        ...d,
        ...(n % 7 === 0 ? { code: `ZX-${(n % 13) + 1}` } : {}),
        ...(n % 3 === 0 ? { domain: domains[n % domains.length] ?? '' } : {}),
        ...(n % 5 === 0 ? { powerCategory: powerCategories[n % powerCategories.length] } : {}),
        ...(n % 11 === 0 ? { name: `${d.name}，"含引号"` } : {}),
      } as Duty;
    }),
  }));
}

async function digests(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await readdir(dir)).sort())
    out[name] = createHash('sha256')
      .update(await readFile(join(dir, name)))
      .digest('hex');
  return out;
}

async function compare(...args: string[]): Promise<number> {
  const io: Io = {
    stdout: () => {},
    drainStdout: async () => {},
    stderr: () => {},
    readStdin: async () => new Uint8Array(),
    interactive: false,
  };
  return run(['compare', ...args], io);
}

describe('qingdan compare --out on generated lists', () => {
  let root = '';
  let lists = '';
  let reference = '';
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'qingdan-compare-golden-'));
    lists = join(root, 'lists');
    reference = join(root, 'reference');
    await mkdir(lists);
    await mkdir(reference);
    const [first, ...rest] = varied(generateLists(41, 60, 3));
    // A few lists as JSON, so that both readers are part of the run.
    await writeListFiles(lists, rest, new Set(['list-4', 'list-17']));
    if (first) await writeListFiles(reference, [first]);
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('writes what it wrote before, when each list is measured with its nearest lists', async () => {
    const out = join(root, 'nearest');
    expect(await compare(lists, '--out', out, '--all-pairs-up-to', '10', '--nearest', '4')).toBe(0);
    expect(await digests(out)).toEqual(golden.nearest);
  });

  it('writes what it wrote before, when every pair is measured, with a reference', async () => {
    const out = join(root, 'all-pairs');
    const code = await compare(lists, '--out', out, '--reference', join(reference, 'list-0.yaml'));
    expect(code).toBe(0);
    expect(await digests(out)).toEqual(golden.allPairs);
  });
});
