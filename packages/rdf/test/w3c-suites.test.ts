/**
 * Our Turtle, N-Triples and N-Quads writers held to the W3C RDF 1.1 test suites (copied into
 * `w3c-rdf-tests/` with their licence), as N3.js holds its own writer to them: for every
 * evaluation test the expected graph, and for every positive syntax test the graph N3.js reads
 * from the test's input, is written by our writer, read back, and compared as a graph. The
 * suites are made to catch what hand-written escaping and abbreviation get wrong: control
 * characters, surrogate pairs, `\u` escapes, blank nodes, nested collections, every kind of
 * literal.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { quadsToNQuads, quadsToNTriples, quadsToTurtle } from '../src/serialize/index.js';

const suites = new URL('./w3c-rdf-tests/', import.meta.url);
const rdftNs = 'http://www.w3.org/ns/rdftest#';
const mfNs = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

interface SuiteTest {
  readonly name: string;
  readonly type: string;
  readonly action: URL;
  readonly result?: URL;
  /** The IRI a test's relative IRIs resolve against, as the manifest assumes. */
  readonly base: string;
}

/** The tests of one suite's manifest, of the given types. */
function manifestTests(folder: string, types: readonly string[]): SuiteTest[] {
  const manifestUrl = new URL(`${folder}/manifest.ttl`, suites);
  const quads = new Parser({ baseIRI: manifestUrl.href }).parse(
    readFileSync(fileURLToPath(manifestUrl), 'utf8'),
  );
  const assumedBase = quads.find((q) => q.predicate.value === `${mfNs}assumedTestBase`)?.object
    .value;
  const objectOf = (subject: string, predicate: string): string | undefined =>
    quads.find((q) => q.subject.value === subject && q.predicate.value === predicate)?.object.value;
  const tests: SuiteTest[] = [];
  for (const q of quads) {
    if (q.predicate.value !== rdfType || !types.includes(q.object.value)) continue;
    const id = q.subject.value;
    const action = objectOf(id, `${mfNs}action`);
    if (action === undefined) throw new Error(`${folder}: ${id} has no action`);
    const result = objectOf(id, `${mfNs}result`);
    const actionUrl = new URL(action);
    const fileName = actionUrl.pathname.split('/').pop() ?? '';
    tests.push({
      name: objectOf(id, `${mfNs}name`) ?? id,
      type: q.object.value.slice(rdftNs.length),
      action: actionUrl,
      ...(result === undefined ? {} : { result: new URL(result) }),
      base: assumedBase === undefined ? actionUrl.href : new URL(fileName, assumedBase).href,
    });
  }
  return tests;
}

function parse(url: URL, format: string, base: string): Quad[] {
  return new Parser({ format, baseIRI: base }).parse(readFileSync(fileURLToPath(url), 'utf8'));
}

/** Writes the graph with one of our writers, reads it back with N3.js, compares as graphs. */
function expectRoundTrip(graph: Quad[], write: (quads: Quad[]) => string, format: string): void {
  const text = write(graph);
  let back: Quad[];
  try {
    back = new Parser({ format }).parse(text);
  } catch (error) {
    throw new Error(`our ${format} does not parse: ${(error as Error).message}\n${text}`);
  }
  expect(back.length, text).toBe(graph.length);
  expect(isomorphic(back, graph), text).toBe(true);
}

const writers = [
  { label: 'Turtle', write: (q: Quad[]) => quadsToTurtle(q), format: 'Turtle' },
  { label: 'N-Triples', write: (q: Quad[]) => quadsToNTriples(q), format: 'N-Triples' },
] as const;

describe('W3C RDF 1.1 Turtle suite', () => {
  const evaluation = manifestTests('rdf-turtle', [`${rdftNs}TestTurtleEval`]);
  const syntax = manifestTests('rdf-turtle', [`${rdftNs}TestTurtlePositiveSyntax`]);

  it('holds every evaluation and positive syntax test of the manifest', () => {
    expect(evaluation.length).toBe(145);
    expect(syntax.length).toBe(74);
  });

  for (const { label, write, format } of writers) {
    it.each(evaluation.map((t) => [t.name, t] as const))(
      `${label}: the expected graph of %s is written and read back whole`,
      (_name, test) => {
        if (test.result === undefined) throw new Error(`${test.name} has no result`);
        expectRoundTrip(parse(test.result, 'N-Triples', test.base), write, format);
      },
    );
    it.each(syntax.map((t) => [t.name, t] as const))(
      `${label}: the graph of %s is written and read back whole`,
      (_name, test) => {
        expectRoundTrip(parse(test.action, 'Turtle', test.base), write, format);
      },
    );
  }
});

describe('W3C RDF 1.1 N-Triples suite', () => {
  const syntax = manifestTests('rdf-n-triples', [`${rdftNs}TestNTriplesPositiveSyntax`]);
  it('holds every positive syntax test of the manifest', () => {
    expect(syntax.length).toBe(41);
  });
  for (const { label, write, format } of writers) {
    it.each(syntax.map((t) => [t.name, t] as const))(
      `${label}: the graph of %s is written and read back whole`,
      (_name, test) => {
        expectRoundTrip(parse(test.action, 'N-Triples', test.base), write, format);
      },
    );
  }
});

describe('W3C RDF 1.1 N-Quads suite', () => {
  const syntax = manifestTests('rdf-n-quads', [`${rdftNs}TestNQuadsPositiveSyntax`]);
  it('holds every positive syntax test of the manifest', () => {
    expect(syntax.length).toBe(53);
  });
  it.each(syntax.map((t) => [t.name, t] as const))(
    'N-Quads: the dataset of %s is written and read back whole',
    (_name, test) => {
      expectRoundTrip(parse(test.action, 'N-Quads', test.base), quadsToNQuads, 'N-Quads');
    },
  );
});
