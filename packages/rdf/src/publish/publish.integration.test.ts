import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DutyList } from '@qingdan/core';
import { findListFiles, readListFile } from '@qingdan/listfile';
import { dutyListArbitrary } from '@qingdan/testing';
import { qingdanContext } from '@qingdan/vocab';
import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { publishedVocabularyIri } from '../iri/index.js';
import { contextDocumentLoader } from '../jsonld/index.js';
import { editionFile } from './layout.js';
import { type PublishReport, type PublishSource, publishLists } from './publish-lists.js';
import { vocabularyRenderer } from './vocabulary-renderer.js';

// Debian's own interpreter, where python3-rdflib is installed (scripts/system-deps.txt).
const python = '/usr/bin/python3';
const base = 'https://data.example.org/qingdan/';
// The editions name the context the publication carries under the base.
const documentLoader = contextDocumentLoader([publishedVocabularyIri(base, 'context.jsonld')]);
const examples = fileURLToPath(new URL('../../../../examples/lists', import.meta.url));

function rapperCountStderr(file: string, syntax: 'turtle' | 'ntriples'): number {
  // rapper reports the count on stderr.
  const result = execFileSync('sh', ['-c', `rapper -i ${syntax} -c "$1" 2>&1`, 'sh', file], {
    encoding: 'utf8',
  });
  const found = /returned (\d+) triples/.exec(result);
  if (!found) throw new Error(`rapper failed on ${file}:\n${result}`);
  return Number(found[1]);
}

function rdflibCount(file: string, format: 'turtle' | 'nt'): number {
  const script =
    'import sys, rdflib\ng = rdflib.Graph()\ng.parse(sys.argv[1], format=sys.argv[2])\nprint(len(g))';
  return Number(execFileSync(python, ['-c', script, file, format], { encoding: 'utf8' }).trim());
}

async function jsonLdQuads(file: string): Promise<Quad[]> {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const nquads = (await jsonld.toRDF(doc, {
    format: 'application/n-quads',
    documentLoader: documentLoader as never,
  })) as unknown as string;
  return new Parser({ format: 'N-Quads' }).parse(nquads) as Quad[];
}

async function exampleSources(): Promise<PublishSource[]> {
  const sources: PublishSource[] = [];
  for (const file of await findListFiles([examples])) {
    const r = await readListFile(file);
    if (!r.ok) throw new Error(`example ${file} is invalid`);
    sources.push({ ok: true, file, list: r.value });
  }
  const generated = fc.sample(
    dutyListArbitrary({ status: 'published', maxDuties: 8, flavour: 'hostile' }),
    {
      numRuns: 12,
      seed: 2024,
    },
  );
  const seen = new Set(sources.map((s) => (s.ok ? `${s.list.division.code}/${s.list.id}` : '')));
  generated.forEach((list: DutyList, i) => {
    const key = `${list.division.code}/${list.id}`;
    if (!seen.has(key)) sources.push({ ok: true, file: `generated-${i}`, list });
    seen.add(key);
  });
  return sources;
}

describe('published files, read by clients nobody here wrote', () => {
  let out = '';
  let report: PublishReport;

  beforeAll(async () => {
    out = join(mkdtempSync(join(tmpdir(), 'qingdan-integration-')), 'public');
    report = await publishLists(await exampleSources(), {
      out,
      base,
      renderer: vocabularyRenderer,
      modified: '2024-12-01',
    });
    expect(report.committed).toBe(true);
    expect(report.rejected).toEqual([]);
    // Reading the examples and the generated lists takes seconds on a busy machine.
  }, 60_000);

  it('rapper parses every Turtle and N-Triples file with our triple count', () => {
    for (const e of report.editions) {
      expect(rapperCountStderr(join(out, editionFile(e.list, 'ttl')), 'turtle')).toBe(e.triples);
      expect(rapperCountStderr(join(out, editionFile(e.list, 'nt')), 'ntriples')).toBe(e.triples);
    }
    expect(rapperCountStderr(join(out, 'catalog.ttl'), 'turtle')).toBeGreaterThan(0);
  });

  it('rdflib parses every Turtle and N-Triples file with our triple count', () => {
    for (const e of report.editions) {
      expect(rdflibCount(join(out, editionFile(e.list, 'ttl')), 'turtle')).toBe(e.triples);
      expect(rdflibCount(join(out, editionFile(e.list, 'nt')), 'nt')).toBe(e.triples);
    }
  });

  it('the JSON-LD files round-trip through jsonld.js: toRDF, and compact then toRDF, give the N-Quads graph', async () => {
    for (const e of report.editions) {
      const nquads = new Parser({ format: 'N-Quads' })
        .parse(readFileSync(join(out, editionFile(e.list, 'nq')), 'utf8'))
        .map((q) => ({ ...q, graph: { termType: 'DefaultGraph', value: '' } }));
      const triples = new Parser({ format: 'N-Triples' }).parse(
        readFileSync(join(out, editionFile(e.list, 'nt')), 'utf8'),
      ) as Quad[];
      expect(nquads.length).toBe(triples.length);
      const fromJsonLd = await jsonLdQuads(join(out, editionFile(e.list, 'jsonld')));
      expect(isomorphic(fromJsonLd, triples)).toBe(true);
      const doc = JSON.parse(readFileSync(join(out, editionFile(e.list, 'jsonld')), 'utf8'));
      const compacted = await jsonld.compact(doc, doc['@context'], {
        documentLoader: documentLoader as never,
      });
      const again = (await jsonld.toRDF(compacted, {
        format: 'application/n-quads',
        documentLoader: documentLoader as never,
      })) as unknown as string;
      expect(isomorphic(new Parser({ format: 'N-Quads' }).parse(again) as Quad[], triples)).toBe(
        true,
      );
    }
  });

  it('the catalog in JSON-LD says what the catalog in Turtle says', async () => {
    const turtle = new Parser().parse(readFileSync(join(out, 'catalog.ttl'), 'utf8')) as Quad[];
    const fromJsonLd = await jsonLdQuads(join(out, 'catalog.jsonld'));
    expect(isomorphic(fromJsonLd, turtle)).toBe(true);
  });

  it('carries the context its JSON-LD names, the vocabulary, the shapes and the code lists', () => {
    const context = JSON.parse(readFileSync(join(out, 'vocab', 'context.jsonld'), 'utf8'));
    expect(context).toEqual(JSON.parse(JSON.stringify(qingdanContext)));
    const edition = report.editions[0];
    if (!edition) throw new Error('no edition published');
    const doc = JSON.parse(readFileSync(join(out, editionFile(edition.list, 'jsonld')), 'utf8'));
    expect(doc['@context'][0]).toBe(publishedVocabularyIri(base, 'context.jsonld'));
    for (const file of ['qingdan.ttl', 'shapes.ttl', 'schemes/power-category.ttl'])
      expect(
        new Parser().parse(readFileSync(join(out, 'vocab', file), 'utf8')).length,
      ).toBeGreaterThan(10);
  });

  it('describes the catalog as DCAT-AP harvesters expect: licence, description, publisher, contact point', () => {
    const turtle = new Parser().parse(readFileSync(join(out, 'catalog.ttl'), 'utf8')) as Quad[];
    const catalog = `${base}catalog`;
    const predicates = new Set(
      turtle.filter((q) => q.subject.value === catalog).map((q) => q.predicate.value),
    );
    for (const p of [
      'http://purl.org/dc/terms/license',
      'http://purl.org/dc/terms/description',
      'http://purl.org/dc/terms/publisher',
      'http://www.w3.org/ns/dcat#contactPoint',
    ])
      expect(predicates).toContain(p);
  });
});
