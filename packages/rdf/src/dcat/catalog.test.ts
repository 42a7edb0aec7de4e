import type { Quad } from '@rdfjs/types';
import { describe, expect, it } from 'vitest';
import { type CatalogEdition, catalogQuads, vocabularyIri } from './catalog.js';

const base = 'https://data.example.org/qingdan/';
const division = { code: '421127104', name: '五祖镇', level: 'township' as const };
const issuer = { name: '黄梅县人民政府' };
const distributions = [
  { format: 'ttl' as const, bytes: 1200, sha256: 'ab'.repeat(32) },
  { format: 'nt' as const, bytes: 3400, sha256: 'cd'.repeat(32) },
];
const editions: CatalogEdition[] = [
  {
    list: {
      id: 'wuzu-2025',
      title: '五祖镇清单（2025）',
      division,
      issuer,
      supersedes: 'wuzu-2024',
      issued: '2025-03-01',
    },
    distributions,
  },
  {
    list: { id: 'wuzu-2024', title: '五祖镇清单（2024）', division, issuer, issued: '2024-10-18' },
    distributions,
  },
];

const objects = (quads: Quad[], s: string, p: string) =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value);
const dcat = 'http://www.w3.org/ns/dcat#';
const dct = 'http://purl.org/dc/terms/';

describe('catalogQuads', () => {
  const quads = catalogQuads(editions, { base, modified: '2025-03-02' });
  const wuzu2025 = `${base}421127104/wuzu-2025`;

  it('makes one series per division and a dataset per edition in it', () => {
    expect(objects(quads, `${base}catalog`, `${dcat}dataset`)).toEqual([
      `${base}421127104`,
      `${base}421127104/wuzu-2024`,
      wuzu2025,
    ]);
    expect(objects(quads, wuzu2025, `${dcat}inSeries`)).toEqual([`${base}421127104`]);
    expect(
      objects(quads, `${base}421127104`, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'),
    ).toEqual([`${dcat}DatasetSeries`]);
  });

  it('links an edition to the one it supersedes', () => {
    expect(objects(quads, wuzu2025, `${dcat}previousVersion`)).toEqual([
      `${base}421127104/wuzu-2024`,
    ]);
    expect(objects(quads, wuzu2025, 'http://www.w3.org/ns/prov#wasRevisionOf')).toEqual([
      `${base}421127104/wuzu-2024`,
    ]);
    expect(objects(quads, `${base}421127104/wuzu-2024`, `${dcat}previousVersion`)).toEqual([]);
  });

  it('describes each distribution with media type, size, checksum and download URL', () => {
    const ttl = `${wuzu2025}#ttl`;
    expect(objects(quads, wuzu2025, `${dcat}distribution`)).toEqual([ttl, `${wuzu2025}#nt`]);
    expect(objects(quads, ttl, `${dcat}mediaType`)).toEqual([
      'https://www.iana.org/assignments/media-types/text/turtle',
    ]);
    expect(objects(quads, ttl, `${dcat}byteSize`)).toEqual(['1200']);
    expect(objects(quads, ttl, `${dcat}downloadURL`)).toEqual([`${wuzu2025}.ttl`]);
    expect(objects(quads, `${ttl}-sha256`, 'http://spdx.org/rdf/terms#checksumValue')).toEqual([
      'ab'.repeat(32),
    ]);
  });

  it('states publisher, spatial coverage, dates and the vocabulary', () => {
    expect(objects(quads, wuzu2025, `${dct}issued`)).toEqual(['2025-03-01']);
    expect(objects(quads, wuzu2025, `${dct}modified`)).toEqual(['2025-03-02']);
    expect(objects(quads, wuzu2025, `${dct}conformsTo`)).toEqual([vocabularyIri]);
    expect(objects(quads, wuzu2025, `${dct}publisher`)).toEqual([`${wuzu2025}/issuer`]);
    expect(objects(quads, wuzu2025, `${dct}spatial`)).toEqual([`${base}421127104#location`]);
  });

  it('is the same whatever order the editions come in', () => {
    expect(catalogQuads([...editions].reverse(), { base, modified: '2025-03-02' })).toEqual(quads);
  });
});
