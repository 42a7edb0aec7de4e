import { readFileSync } from 'node:fs';
import { readListText } from '@qingdan/listfile';
import { dutyListFromQuads } from '@qingdan/rdf';
import { Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { exampleCases, examplesDir } from '../scripts/examples.js';
import { jsonLdQuads } from './jsonld.js';
import { readTurtle, validate } from './shacl.js';

const shapes = readTurtle('shapes.ttl');
const read = (name: string, file: string) => readFileSync(new URL(`${name}/${file}`, examplesDir), 'utf8');

describe.each(exampleCases())('examples/%s', (name) => {
  const turtle = new Parser().parse(read(name, 'case.ttl'));

  it('case.jsonld, under our context, says exactly what case.ttl says', async () => {
    const fromJsonLd = await jsonLdQuads(JSON.parse(read(name, 'case.jsonld')));
    expect(fromJsonLd.length).toBe(turtle.length);
    expect(isomorphic(fromJsonLd, turtle)).toBe(true);
  });

  it('conforms to the shapes', async () => {
    expect(await validate(shapes, turtle)).toEqual([]);
  });

  it('reads back as its list.yaml', () => {
    const list = readListText(read(name, 'list.yaml'), 'yaml', `${name}/list.yaml`);
    expect(list.ok).toBe(true);
    const back = dutyListFromQuads(turtle);
    expect(back.ok && list.ok && back.value).toEqual(list.ok && list.value);
  });
});

describe('the isomorphism check', () => {
  it('tells a changed JSON-LD document from the Turtle', async () => {
    const [name = ''] = exampleCases();
    const doc = JSON.parse(read(name, 'case.jsonld'));
    doc.title = `${doc.title}（改）`;
    const turtle = new Parser().parse(read(name, 'case.ttl'));
    expect(isomorphic(await jsonLdQuads(doc), turtle)).toBe(false);
  });
});
