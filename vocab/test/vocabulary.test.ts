import { readdirSync, readFileSync } from 'node:fs';
import * as core from '@qingdan/core';
import { conceptIri, cv, qd, qingdanContext, qingdanContextIri } from '@qingdan/vocab';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../scripts/outputs.js';
import { jsonLdQuads } from './jsonld.js';
import { coreSchemes } from '../scripts/schemes.js';
import { readTurtle, vocabDir } from './shacl.js';

const ns = 'https://w3id.org/qingdan/ns#';
const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const owl = 'http://www.w3.org/2002/07/owl#';
const rdfs = 'http://www.w3.org/2000/01/rdf-schema#';
const skos = 'http://www.w3.org/2004/02/skos/core#';
const vocabulary = new Store(readTurtle('qingdan.ttl'));
const rdfProperty = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property';
const terms = [`${owl}Class`, `${owl}ObjectProperty`, `${owl}DatatypeProperty`, rdfProperty]
  .flatMap((k) => vocabulary.getSubjects(rdfType, k, null).map((t) => t.value))
  .filter((t) => t.startsWith(ns));

const turtleFiles = [
  'qingdan.ttl',
  'shapes.ttl',
  ...readdirSync(new URL('schemes/', vocabDir)).map((f) => `schemes/${f}`),
  ...readdirSync(new URL('examples/', vocabDir)).map((d) => `examples/${d}/case.ttl`),
];

describe('every file of vocab/', () => {
  it.each(turtleFiles)('%s parses as Turtle', (file) => {
    const text = readFileSync(new URL(file, vocabDir), 'utf8');
    expect(new Parser().parse(text).length).toBeGreaterThan(0);
  });

  it('context.jsonld is JSON with an @context', () => {
    const text = readFileSync(new URL('context.jsonld', vocabDir), 'utf8');
    expect(JSON.parse(text)).toHaveProperty('@context');
  });
});

describe('every term of qingdan.ttl', () => {
  it('is there: the vocabulary names more than forty terms', () => {
    expect(terms.length).toBeGreaterThan(40);
  });

  it.each(terms)('%s has labels and definitions in zh and en, and rdfs:isDefinedBy', (term) => {
    const languages = (p: string) =>
      vocabulary
        .getObjects(term, p, null)
        .map((o) => (o.termType === 'Literal' ? o.language : ''))
        .sort();
    expect(languages(`${rdfs}label`)).toEqual(['en', 'zh']);
    expect(languages(`${skos}definition`)).toEqual(['en', 'zh']);
    expect(vocabulary.getObjects(term, `${rdfs}isDefinedBy`, null).map((o) => o.value)).toEqual([
      'https://w3id.org/qingdan/ns',
    ]);
  });

  it('the ontology has a version IRI', () => {
    expect(vocabulary.getObjects('https://w3id.org/qingdan/ns', `${owl}versionIRI`, null)).toHaveLength(1);
  });

  it('every qd: IRI the context, the shapes and the examples use is a term of the vocabulary', () => {
    const used = new Set<string>();
    const collect = (value: unknown): void => {
      if (typeof value === 'string' && value.startsWith('qd:')) used.add(`${ns}${value.slice(3)}`);
      else if (value && typeof value === 'object') for (const v of Object.values(value)) collect(v);
    };
    collect(qingdanContext);
    const files = ['shapes.ttl', ...turtleFiles.filter((f) => f.startsWith('examples/'))];
    for (const file of files)
      for (const q of readTurtle(file))
        for (const t of [q.subject, q.predicate, q.object])
          if (t.termType === 'NamedNode' && t.value.startsWith(ns)) used.add(t.value);
    expect([...used].filter((iri) => !terms.includes(iri))).toEqual([]);
  });
});

describe('code lists', () => {
  it.each(coreSchemes().map((s) => [s.id, s] as const))(
    'scheme %s has one concept per code of core, each code safe in an IRI',
    (id, scheme) => {
      const store = new Store(readTurtle(`schemes/${id}.ttl`));
      expect(store.getSubjects(rdfType, `${skos}Concept`, null)).toHaveLength(scheme.concepts.length);
      for (const c of scheme.concepts) expect(c.code).toMatch(/^[A-Za-z0-9-]+$/);
    },
  );

  it('no fixed code is also a term of the context, which would change what it expands to', () => {
    const context = qingdanContext['@context'] as Record<string, unknown>;
    const termNames = new Set(Object.keys(context));
    // A code may share a term's name only where every term whose values are codes of its scheme
    // maps that name back to the concept in its own scoped context (participation role
    // `assisting`, the section `assisting`).
    const scoped = (scheme: string) =>
      Object.values(context)
        .map((d) => (d as { '@context'?: Record<string, unknown> })?.['@context'])
        .filter((c) => c?.['@vocab'] === `https://w3id.org/qingdan/scheme/${scheme}/`);
    const codes = coreSchemes()
      .filter((s) => !['township-section', 'village-item-kind'].includes(s.id))
      .flatMap((s) =>
        s.concepts
          .filter((c) => {
            const contexts = scoped(s.id);
            return !(
              contexts.length > 0 &&
              contexts.every((x) => x?.[c.code] === `https://w3id.org/qingdan/scheme/${s.id}/${c.code}`)
            );
          })
          .map((c) => c.code),
      );
    expect(codes.filter((c) => termNames.has(c))).toEqual([]);
  });

  it('every participation role, `assisting` included, expands to its concept under `role`', async () => {
    for (const { code } of core.participationRoleScheme.concepts) {
      const doc = { '@context': qingdanContextIri, '@id': 'https://example.org/p', role: code };
      const [q] = await jsonLdQuads(doc);
      expect(q?.predicate.value).toBe(cv.role);
      expect(q?.object.value).toBe(conceptIri('participation-role', code));
    }
  });

  it('every section code is a context term naming its class', () => {
    const context = qingdanContext['@context'] as Record<string, unknown>;
    for (const section of [...core.townshipSections, ...core.villageSections])
      expect(context[section]).toMatch(/^qd:/);
    expect(qd.BasicDuty).toBe(`${ns}BasicDuty`);
  });
});

describe('concept IRIs', () => {
  it('every concept the shapes and the examples name is a concept of a generated scheme', () => {
    const concepts = new Set(
      turtleFiles
        .filter((f) => f.startsWith('schemes/'))
        .flatMap((f) => new Store(readTurtle(f)).getSubjects(rdfType, `${skos}Concept`, null))
        .map((t) => t.value),
    );
    const used = new Set<string>();
    for (const file of ['shapes.ttl', ...turtleFiles.filter((f) => f.startsWith('examples/'))])
      for (const q of readTurtle(file))
        for (const t of [q.subject, q.object])
          if (t.termType === 'NamedNode' && t.value.startsWith('https://w3id.org/qingdan/scheme/'))
            used.add(t.value);
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((iri) => !concepts.has(iri))).toEqual([]);
  });
});

describe('generated files', () => {
  it('are current (run `pnpm --filter @qingdan/vocab run generate`)', async () => {
    const root = new URL('../../', import.meta.url);
    for (const [path, text] of Object.entries(await generatedFiles()))
      expect(readFileSync(new URL(path, root), 'utf8'), path).toBe(text);
  });
});
