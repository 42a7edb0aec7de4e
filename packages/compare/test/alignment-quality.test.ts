import { readFileSync } from 'node:fs';
import { type DutyList, parseDutyList } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { alignLists } from '../src/align/align-lists.js';
import type { Alignment } from '../src/align/types.js';

interface Gold {
  readonly tuning: readonly string[];
  readonly heldOut: readonly string[];
  readonly concepts: readonly {
    readonly concept: string;
    readonly duties: readonly { list: string; duty: string }[];
  }[];
}

const dir = new URL('./fixtures/alignment/', import.meta.url);
const gold = JSON.parse(
  readFileSync(new URL('./fixtures/alignment-gold.json', import.meta.url), 'utf8'),
) as Gold;

function load(id: string): DutyList {
  const result = parseDutyList(JSON.parse(readFileSync(new URL(`${id}.json`, dir), 'utf8')));
  if (!result.ok) throw new Error(`fixture ${id} is invalid: ${JSON.stringify(result.issues)}`);
  return result.value;
}

/** Pairs of duties of different lists in the same concept, as `list/key|list/key`, sorted. */
function pairsOf(groups: readonly (readonly string[])[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups)
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        const [x = '', y = ''] = [g[i] ?? '', g[j] ?? ''].sort();
        if (x.split('/')[0] !== y.split('/')[0]) out.add(`${x}|${y}`);
      }
  return out;
}

function predictedGroups(alignment: Alignment): string[][] {
  return alignment.concepts.map((c) =>
    c.members.map((m) => {
      const list = alignment.lists[m.list];
      return `${list?.id}/${list?.duties[m.duty]?.key}`;
    }),
  );
}

function score(predicted: Set<string>, expected: Set<string>) {
  let hits = 0;
  for (const p of predicted) if (expected.has(p)) hits++;
  return {
    precision: predicted.size === 0 ? 1 : hits / predicted.size,
    recall: expected.size === 0 ? 1 : hits / expected.size,
    predicted: predicted.size,
    expected: expected.size,
  };
}

const lists = [...gold.tuning, ...gold.heldOut].map(load);
const goldPairs = pairsOf(gold.concepts.map((c) => c.duties.map((d) => `${d.list}/${d.duty}`)));

describe('alignment quality on the hand-labelled fixture', () => {
  const alignment = alignLists(lists);
  const predicted = pairsOf(predictedGroups(alignment));
  const inTuning = (pair: string) =>
    pair.split('|').every((d) => gold.tuning.includes(d.split('/')[0] ?? ''));
  const part = (s: Set<string>, keep: (p: string) => boolean) => new Set([...s].filter(keep));

  const all = score(predicted, goldPairs);
  const tuning = score(part(predicted, inTuning), part(goldPairs, inTuning));
  const heldOut = score(
    part(predicted, (p) => !inTuning(p)),
    part(goldPairs, (p) => !inTuning(p)),
  );

  it('prints precision and recall', () => {
    const f = (x: number) => x.toFixed(3);
    for (const [name, s] of Object.entries({ all, tuning, heldOut }))
      console.log(
        `alignment ${name}: precision ${f(s.precision)} recall ${f(s.recall)} (${s.predicted} predicted pairs, ${s.expected} gold pairs)`,
      );
    for (const p of goldPairs) if (!predicted.has(p)) console.log(`missed ${p}`);
    for (const p of predicted) if (!goldPairs.has(p)) console.log(`wrong ${p}`);
    expect(goldPairs.size).toBeGreaterThan(90);
  });

  it('reaches precision and recall of at least 0.95 over all lists', () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.95);
    expect(all.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches them on the held-out lists too', () => {
    expect(heldOut.precision).toBeGreaterThanOrEqual(0.95);
    expect(heldOut.recall).toBeGreaterThanOrEqual(0.95);
  });
});
