import { dutyListArbitrary } from '@qingdan/testing';
import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { staticDocumentLoader } from '../jsonld/document-loader.js';
import { dutyListToJsonLd } from '../jsonld/list-to-jsonld.js';
import { dutyListToQuads } from '../mapping/to-quads.js';
import { quadsToNQuads } from '../serialize/index.js';
import { baseIriProblem } from './base-iri.js';

/** Bases a county might choose: http(s), a host, maybe a port, a path of a few segments. */
const acceptedBase = fc
  .record({
    scheme: fc.constantFrom('http', 'https'),
    host: fc.constantFrom('data.example.org', 'opendata.gov.cn', 'localhost', '127.0.0.1'),
    port: fc.option(fc.constantFrom(':8080', ':3000'), { nil: '' }),
    path: fc.array(
      fc.constantFrom('qingdan', '清单', 'lists', 'a%20b', 'v1.0', '...x', 'ns-2024'),
      {
        maxLength: 3,
      },
    ),
  })
  .map(
    ({ scheme, host, port, path }) =>
      `${scheme}://${host}${port}/${path.map((p) => `${p}/`).join('')}`,
  );

async function jsonLdQuads(doc: unknown): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc as jsonld.JsonLdDocument, {
    format: 'application/n-quads',
    documentLoader: staticDocumentLoader as never,
  })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads) as Quad[];
}

describe('baseIriProblem', () => {
  it('accepts the bases a county would choose', () => {
    fc.assert(fc.property(acceptedBase, (base) => baseIriProblem(base) === undefined));
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        baseIriProblem(text);
      }),
    );
  });

  it('every base it accepts gives the same IRIs in JSON-LD as in N-Triples (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        acceptedBase,
        dutyListArbitrary({ maxDuties: 2, minDuties: 1 }),
        async (base, list) => {
          const published = new Parser({ format: 'N-Quads' }).parse(
            quadsToNQuads(dutyListToQuads(list, { base })),
          ) as Quad[];
          const theirs = await jsonLdQuads(dutyListToJsonLd(list, { base }));
          expect(isomorphic(published, theirs)).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('refuses the bases that would give one thing two IRIs', () => {
    for (const [base, problem] of [
      ['https://data.example.org/q/#', 'fragment'],
      ['https://data.example.org/q/?', 'query'],
      ['https://data.example.org/q/%2E%2E/', 'dot-segment'],
      ['https://data.example.org:443/q/', 'not-normal'],
      ['http://data.example.org:80/q/', 'not-normal'],
      ['https://user@data.example.org/q/', 'authority'],
      ['urn:x:y/', 'not-absolute'],
      ['https://data.example.org/q\u202e/', 'characters'],
    ] as const)
      expect(baseIriProblem(base), base).toBe(problem);
  });
});
