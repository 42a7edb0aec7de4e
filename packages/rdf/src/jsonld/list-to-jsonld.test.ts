import type { DutyList } from '@qingdan/core';
import { dutyListArbitrary } from '@qingdan/testing';
import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { dutyListToQuads } from '../mapping/to-quads.js';
import { quadsToNQuads } from '../serialize/index.js';
import { RemoteContextRefusedError, staticDocumentLoader } from './document-loader.js';
import { dutyListToJsonLd } from './list-to-jsonld.js';

const base = 'https://data.example.org/qingdan/';

async function jsonLdQuads(doc: unknown): Promise<Quad[]> {
  // Small documents only: jsonld.js is given the document, never an N-Quads string to parse.
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: staticDocumentLoader as never,
  })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads) as Quad[];
}

async function expectSameGraph(list: DutyList): Promise<void> {
  const ours = dutyListToQuads(list, { base }) as Quad[];
  // Through our own N-Quads, so the check covers what is published, not only the quads.
  const published = new Parser({ format: 'N-Quads' }).parse(quadsToNQuads(ours)) as Quad[];
  const theirs = await jsonLdQuads(dutyListToJsonLd(list, { base }));
  if (!isomorphic(published, theirs)) {
    const a = quadsToNQuads(published).split('\n').sort();
    const b = quadsToNQuads(theirs).split('\n').sort();
    expect(b.filter((l) => !l.startsWith('_:') && !l.includes(' _:'))).toEqual(
      a.filter((l) => !l.startsWith('_:') && !l.includes(' _:')),
    );
    expect.fail('graphs differ only in their list cells');
  }
  expect(theirs.length).toBe(published.length);
}

describe('dutyListToJsonLd', () => {
  it('reads like the list file: the same field names and codes, with the context named', () => {
    const [list] = fc.sample(dutyListArbitrary({ maxDuties: 3, minDuties: 1 }), {
      numRuns: 1,
      seed: 7,
    });
    const doc = dutyListToJsonLd(list!, { base });
    expect(doc['@context']).toEqual([
      'https://w3id.org/qingdan/context.jsonld',
      { '@base': `${base}${list!.division.code}/` },
    ]);
    expect(doc.id).toBe(list!.id);
    expect(doc.title).toBe(list!.title);
    const duties = doc.duties as Record<string, unknown>[];
    expect(duties.map((d) => d.section)).toEqual(list!.duties.map((d) => d.section));
    expect(duties.map((d) => d.key)).toEqual(list!.duties.map((d) => d.key));
  });

  it('jsonld.js toRDF of our document is isomorphic to our N-Quads, on generated lists', async () => {
    await fc.assert(
      fc.asyncProperty(dutyListArbitrary({ maxDuties: 6 }), async (list) => {
        await expectSameGraph(list);
      }),
      { numRuns: 60 },
    );
  });

  it('refuses every remote context but ours', async () => {
    await expect(staticDocumentLoader('https://schema.org/')).rejects.toBeInstanceOf(
      RemoteContextRefusedError,
    );
    const doc = { '@context': 'https://example.org/evil.jsonld', 'https://e.org/p': 'x' };
    await expect(
      jsonld.toRDF(doc, { documentLoader: staticDocumentLoader as never }),
    ).rejects.toThrow();
  });
});
