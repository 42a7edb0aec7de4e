import { quadsToJsonLd, vocabularyRenderer } from '@qingdan/rdf';
import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editionParts } from './edition-data.js';

const base = 'https://data.example.org/qingdan/';
const prefixes = vocabularyRenderer.prefixes;

describe('jsonLdText', () => {
  it('writes every page of an edition as JSON.stringify writes quadsToJsonLd of its quads', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ maxDuties: 6 }), (list) => {
        const parts = editionParts(list, base, vocabularyRenderer);
        const pages = [...parts.duties.values(), ...parts.offices.values(), parts.edition, []];
        for (const quads of pages)
          expect(parts.jsonText(quads)).toBe(JSON.stringify(quadsToJsonLd(quads, prefixes)));
      }),
      { numRuns: 60 },
    );
  });
});
