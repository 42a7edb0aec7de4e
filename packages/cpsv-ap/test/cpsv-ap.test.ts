import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CpsvChecker,
  cpsvDocumentLoader,
  cpsvQuads,
  genericServices,
  quadsToCpsvJsonLd,
} from '@qingdan/cpsv-ap';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { dutyListArbitrary } from '@qingdan/testing';
import { cpsv, cv, dct, rdf } from '@qingdan/vocab';
import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { Parser, Writer } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';

const base = 'https://data.example.org/qingdan/';
const examples = ['lists', 'editions'].map((d) =>
  fileURLToPath(new URL(`../../../examples/${d}`, import.meta.url)),
);
const standards = (p: string) => new URL(`../standards/${p}`, import.meta.url);

let checker: CpsvChecker;
beforeAll(() => {
  checker = new CpsvChecker();
});

const nTriples = (quads: readonly Quad[]) =>
  new Writer({ format: 'N-Triples' })
    .quadsToString(quads as never)
    .split('\n')
    .filter((l) => l !== '')
    .sort();

async function fromJsonLd(doc: unknown): Promise<Quad[]> {
  const nquads = (await jsonld.toRDF(doc as never, {
    format: 'application/n-quads',
    documentLoader: cpsvDocumentLoader as never,
  })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads) as Quad[];
}

describe('the official shapes and both engines', () => {
  it("find SEMIC's own example's 6 violations (codes, places and agents untyped), each engine", async () => {
    const example = readFileSync(standards('examples/example-rdf_public_service.ttl'), 'utf8');
    const found = await checker.check(new Parser().parse(example) as Quad[]);
    const by = (engine: string) => found.filter((f) => f.engine === engine);
    expect(by('rdf-validate-shacl')).toHaveLength(6);
    expect(by('shacl-engine')).toHaveLength(6);
    expect(new Set(found.map((f) => f.constraint))).toEqual(new Set(['ClassConstraintComponent']));
  });
});

describe('every example published to CPSV-AP', async () => {
  const files = await findListFiles(examples);
  it('finds the examples', () => expect(files.length).toBeGreaterThanOrEqual(7));
  it.each(files)(
    '%s: zero violations in Turtle quads and in JSON-LD, the same graph',
    async (file) => {
      const read = await readListFile(file);
      if (!read.ok) throw new Error(`${file}: ${JSON.stringify(read.issues)}`);
      const quads = cpsvQuads(read.value, { base });
      expect(quads.filter((q) => q.object.value === cpsv.PublicService)).toHaveLength(
        read.value.duties.length,
      );
      expect(await checker.check(quads)).toEqual([]);
      const doc = JSON.parse(JSON.stringify(quadsToCpsvJsonLd(quads)));
      const back = await fromJsonLd(doc);
      expect(nTriples(back)).toEqual(nTriples(quads));
      expect(await checker.check(back)).toEqual([]);
    },
  );
});

describe('generated lists', () => {
  it('give zero violations from both engines', async () => {
    await fc.assert(
      fc.asyncProperty(dutyListArbitrary({ maxDuties: 6 }), async (list) => {
        const found = await checker.check(cpsvQuads(list, { base }));
        expect(found).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it('give zero violations for hostile text too (keys, names and titles of any characters)', async () => {
    await fc.assert(
      fc.asyncProperty(dutyListArbitrary({ flavour: 'hostile', maxDuties: 4 }), async (list) => {
        const quads = cpsvQuads(list, { base });
        expect(await checker.check(quads)).toEqual([]);
        const back = await fromJsonLd(JSON.parse(JSON.stringify(quadsToCpsvJsonLd(quads))));
        expect(nTriples(back)).toEqual(nTriples(quads));
      }),
      { numRuns: 20 },
    );
  });
});

describe('a mutation that breaks a mandatory property', () => {
  it('is reported by both engines with its shape and path', async () => {
    const file = examples[0] as string;
    const [first] = await findListFiles([file]);
    const read = await readListFile(first as string);
    if (!read.ok) throw new Error('example unreadable');
    const quads = cpsvQuads(read.value, { base });
    const service = quads.find(
      (q) => q.predicate.value === rdf.type && q.object.value === cpsv.PublicService,
    )?.subject.value;
    const mutated = quads.filter(
      (q) => !(q.subject.value === service && q.predicate.value === dct.description),
    );
    const found = await checker.check(mutated);
    for (const engine of ['rdf-validate-shacl', 'shacl-engine'] as const) {
      const mine = found.filter((f) => f.engine === engine);
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({
        focus: service,
        path: dct.description,
        constraint: 'MinCountConstraintComponent',
        name: 'description',
        severity: 'Violation',
      });
      expect(mine[0]?.shape).toMatch(/#PublicServiceShape\//);
    }
  });
});

describe('generic services', () => {
  it('classify each duty two lists share by one generic service, and the graph still conforms', async () => {
    const files = await findListFiles([examples[1] as string]);
    const lists = [];
    for (const f of files) {
      const read = await readListFile(f);
      if (!read.ok) throw new Error(f);
      lists.push(read.value);
    }
    expect(lists).toHaveLength(2);
    const generic = genericServices(lists, base);
    const [a, b] = lists as [(typeof lists)[0], (typeof lists)[0]];
    const shared = a.duties.filter((d) => generic(a, d) !== undefined);
    expect(shared.length).toBeGreaterThan(0);
    // Each generic service of the first list is also that of a duty of the second.
    const ofB = new Set(b.duties.map((d) => generic(b, d)?.iri));
    for (const d of shared) expect(ofB.has(generic(a, d)?.iri)).toBe(true);
    expect(genericServices([a], base)(a, a.duties[0] as never)).toBeUndefined();
    const quads = cpsvQuads(a, { base, generic });
    const links = quads.filter(
      (q) =>
        q.predicate.value === cv.isClassifiedBy && q.object.value.startsWith(`${base}service/`),
    );
    expect(links).toHaveLength(shared.length);
    expect(await checker.check(quads)).toEqual([]);
  });
});
