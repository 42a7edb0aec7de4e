import { readdirSync } from 'node:fs';
import type { DutyList } from '@qingdan/core';
import { readListFile } from '@qingdan/listfile';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { Parser, Writer } from 'n3';
import { describe, expect, it } from 'vitest';
import { dutyListFromQuads } from './from-quads.js';
import { dutyListToQuads } from './to-quads.js';

const base = 'https://data.example.org/qingdan/';
const examples = new URL('../../../../examples/lists/', import.meta.url);

function roundTrip(list: DutyList): DutyList {
  const result = dutyListFromQuads(dutyListToQuads(list, { base }));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('dutyListFromQuads(dutyListToQuads(list))', () => {
  it('gives back every generated list', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        expect(roundTrip(list)).toEqual(list);
      }),
      { numRuns: 150 },
    );
  });

  it('gives back every generated list after a trip through N-Triples text', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ flavour: 'hostile', maxDuties: 5 }), (list) => {
        const text = new Writer({ format: 'N-Triples' }).quadsToString(
          dutyListToQuads(list, { base }),
        );
        const result = dutyListFromQuads(new Parser({ format: 'N-Triples' }).parse(text));
        expect(result.ok && result.value).toEqual(list);
      }),
      { numRuns: 60 },
    );
  });

  const files = readdirSync(examples).filter((f) => /\.(ya?ml|json)$/.test(f));
  it.each(files)('gives back examples/lists/%s', async (file) => {
    const read = await readListFile(new URL(file, examples).pathname);
    if (!read.ok) throw new Error(`${file} does not read`);
    expect(roundTrip(read.value)).toEqual(read.value);
  });
});

describe('dutyListToQuads', () => {
  it('is deterministic: the same list gives the same quads in the same order', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 6 }), (list) => {
        const a = dutyListToQuads(list, { base });
        const b = dutyListToQuads(structuredClone(list), { base });
        expect(b.length).toBe(a.length);
        expect(b.every((q, i) => a[i] !== undefined && q.equals(a[i]))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the IRI of every duty when rows are reordered', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ minDuties: 2, maxDuties: 6 }), (list) => {
        const reversed = { ...list, duties: [...list.duties].reverse() };
        const subjects = (l: DutyList) =>
          new Set(dutyListToQuads(l, { base }).map((q) => q.subject.value));
        expect(subjects(reversed)).toEqual(subjects(list));
      }),
      { numRuns: 50 },
    );
  });

  it('makes IRIs that N-Triples parsers accept whatever the keys and titles hold', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ flavour: 'hostile', maxDuties: 4 }), (list) => {
        const quads = dutyListToQuads(list, { base });
        for (const q of quads)
          for (const t of [q.subject, q.object])
            if (t.termType === 'NamedNode') expect(t.value).not.toMatch(/[\s<>"{}|^`\\]/u);
      }),
      { numRuns: 50 },
    );
  });
});
