import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { qd } from '@qingdan/vocab';
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { readTurtle } from './shacl.js';

const ns = 'https://w3id.org/qingdan/ns#';
const packages = fileURLToPath(new URL('../../packages/', import.meta.url));
const vocabulary = new Store(readTurtle('qingdan.ttl'));
const status = (term: string) =>
  vocabulary.getObjects(term, 'http://www.w3.org/2003/06/sw-vocab-status/ns#term_status', null)[0]
    ?.value;

/** The code of every package: its src files, tests and generated constants left out. */
function sources(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$|test-support/.test(entry.name))
        files.push(path);
    }
  };
  for (const name of readdirSync(packages)) {
    const src = join(packages, name, 'src');
    try {
      walk(src);
    } catch {
      // a package folder without src (being created) has no code to scan
    }
  }
  return files.filter((f) => !f.endsWith(join('vocab', 'src', 'terms.ts')));
}

const code = sources().map((f) => readFileSync(f, 'utf8'));
const usedByCode = new Set<string>();
for (const text of code) {
  for (const m of text.matchAll(/\bqd\.([A-Za-z]+)/g)) usedByCode.add(`${ns}${m[1]}`);
  for (const m of text.matchAll(/https:\/\/w3id\.org\/qingdan\/ns#([A-Za-z]+)/g))
    usedByCode.add(`${ns}${m[1]}`);
}

describe('the vocabulary and the code', () => {
  it('the scan finds the code: the mapping uses qd.DutyList', () => {
    expect(usedByCode.has(qd.DutyList)).toBe(true);
  });

  it('every IRI of our namespace the code uses is a term of the vocabulary', () => {
    const defined = new Set(Object.values(qd) as string[]);
    expect([...usedByCode].filter((iri) => !defined.has(iri))).toEqual([]);
  });

  it('every term is used by the code, reserved, or the superclass of a used class', () => {
    const unused = (Object.values(qd) as string[]).filter((term) => {
      if (usedByCode.has(term) || status(term) === 'reserved') return false;
      const subclasses = vocabulary
        .getSubjects('http://www.w3.org/2000/01/rdf-schema#subClassOf', term, null)
        .map((s) => s.value);
      return !subclasses.some((s) => usedByCode.has(s));
    });
    expect(unused).toEqual([]);
  });

  it('no term marked reserved is used by the code (it would no longer be reserved)', () => {
    const reserved = (Object.values(qd) as string[]).filter((t) => status(t) === 'reserved');
    expect(reserved.length).toBeGreaterThan(0);
    expect(reserved.filter((t) => usedByCode.has(t))).toEqual([]);
  });
});
