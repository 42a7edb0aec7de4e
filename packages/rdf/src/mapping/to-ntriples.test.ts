import { readdirSync } from 'node:fs';
import { readListFile } from '@qingdan/listfile';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadsToNTriples } from '../serialize/index.js';
import { dutyListToNTriples, dutyListToQuads } from './to-quads.js';

const base = 'https://data.example.org/qingdan/';
const examples = new URL('../../../../examples/', import.meta.url);

// The stores and push hash and compare these bytes with those `qingdan publish` wrote from the
// quads: they must be the same, byte for byte, whatever the list holds.
const throughQuads = (list: Parameters<typeof dutyListToQuads>[0]) => {
  const quads = dutyListToQuads(list, { base });
  return { text: quadsToNTriples(quads), triples: quads.length };
};

describe('dutyListToNTriples', () => {
  it('writes the bytes writeLines writes from the quads, for every generated list', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        expect(dutyListToNTriples(list, { base })).toEqual(throughQuads(list));
      }),
      { numRuns: 150 },
    );
  });

  it('writes the same bytes for hostile text (quotes, controls, line breaks, astral characters)', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ flavour: 'hostile', maxDuties: 5 }), (list) => {
        expect(dutyListToNTriples(list, { base })).toEqual(throughQuads(list));
      }),
      { numRuns: 100 },
    );
  });

  const files = ['lists', 'editions'].flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, examples))
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .map((f) => `${folder}/${f}`),
  );
  it.each(files)('writes the bytes of the quads for examples/%s', async (file) => {
    const read = await readListFile(new URL(file, examples).pathname);
    if (!read.ok) throw new Error(`${file} does not read`);
    const text = dutyListToNTriples(read.value, { base });
    expect(text.triples).toBeGreaterThan(100);
    expect(text).toEqual(throughQuads(read.value));
  });
});
