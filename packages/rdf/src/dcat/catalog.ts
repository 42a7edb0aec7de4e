import type { DutyList } from '@qingdan/core';
import { namespaces, qingdanNamespace } from '@qingdan/vocab';
import type { Quad, Quad_Object } from '@rdfjs/types';
import { DataFactory } from 'n3';
import {
  catalogIri,
  catalogPartIri,
  checksumIri,
  distributionIri,
  downloadIri,
  editionIris,
  locationIri,
  seriesIri,
} from '../iri/index.js';
import { mediaTypes, type PublicationFormat } from '../publish/formats.js';
import { dcatTerms as t } from './terms.js';

const { namedNode, literal, quad } = DataFactory;

/** One file of an edition, as written: its format, size and SHA-256. */
export interface CatalogDistribution {
  readonly format: PublicationFormat;
  readonly bytes: number;
  readonly sha256: string;
}

/** What the catalog says of one published edition. */
export interface CatalogEdition {
  readonly list: Pick<
    DutyList,
    'id' | 'title' | 'titleEn' | 'division' | 'issuer' | 'issued' | 'edition' | 'supersedes'
  >;
  readonly distributions: readonly CatalogDistribution[];
}

/** Options of {@link catalogQuads}. */
export interface CatalogOptions {
  /** The base the editions were published under; the catalog is `{base}catalog`. */
  readonly base: string;
  /** The day of this publication (`YYYY-MM-DD`), the catalog's and each dataset's `dct:modified`. */
  readonly modified: string;
  /** What DCAT-AP harvesters expect of a catalog and its datasets; {@link defaultCatalogDescription} by default. */
  readonly description?: CatalogDescription;
}

/**
 * What a portal harvesting the catalog (DCAT-AP) expects besides the data: a licence, a
 * description, a publisher and a contact point, given to the catalog and to every dataset.
 *
 * @example
 * ```ts
 * const d: CatalogDescription = {
 *   licence: 'https://creativecommons.org/licenses/by/4.0/',
 *   description: { zh: '黄梅县乡镇履职事项清单', en: 'Duty lists of Huangmei County' },
 *   publisher: '黄梅县委编办',
 *   contact: { email: 'open-data@example.org' },
 * };
 * ```
 */
export interface CatalogDescription {
  /** The IRI of the licence the data is published under. */
  readonly licence: string;
  readonly description: { readonly zh: string; readonly en: string };
  /** The name of who publishes the catalog. */
  readonly publisher: string;
  /** How to reach the publisher: an e-mail address, a web page, or both. */
  readonly contact: { readonly email?: string; readonly url?: string };
}

/**
 * The description of a catalog when none is given: CC BY 4.0, a description of what the lists
 * are, the host of the base as publisher and the base as the contact page.
 *
 * @example
 * ```ts
 * defaultCatalogDescription('https://data.example.org/qingdan/').publisher; // 'data.example.org'
 * ```
 */
export function defaultCatalogDescription(base: string): CatalogDescription {
  return {
    licence: 'https://creativecommons.org/licenses/by/4.0/',
    description: {
      zh: '乡镇（街道）履行职责事项清单与村（社区）工作事项清单，以关联开放数据发布：每项事项的类别、领域、承办机构、县级部门与法律依据。',
      en: 'Township duty lists and village work lists as linked open data: each duty with its section, domain, offices, county departments and legal bases.',
    },
    publisher: new URL(base).host,
    contact: { url: base },
  };
}

/**
 * The IRI of the ontology the published graphs conform to.
 *
 * @example
 * ```ts
 * vocabularyIri; // 'https://w3id.org/qingdan/ns'
 * ```
 */
export const vocabularyIri = qingdanNamespace.replace(/[#/]$/, '');

const ianaMediaType = (type: string) => namedNode(`${namespaces.ianaMediaTypes}${type}`);

/**
 * A DCAT 3 catalog of published editions: the catalog, a `dcat:DatasetSeries` per division, each
 * edition a `dcat:Dataset` (its IRI is the edition's own) with a `dcat:Distribution` per file
 * (media type, byte size, SHA-256 as `spdx:checksum`), publisher, spatial coverage, issued and
 * modified dates, `dct:conformsTo` the vocabulary, and `dcat:previousVersion` /
 * `prov:wasRevisionOf` to the edition it supersedes. No blank nodes; sorted, so the same editions
 * always give the same quads.
 *
 * @example
 * ```ts
 * const quads = catalogQuads(editions, { base: 'https://data.example.org/', modified: '2024-12-01' });
 * ```
 */
export function catalogQuads(editions: readonly CatalogEdition[], options: CatalogOptions): Quad[] {
  const { base } = options;
  const out: Quad[] = [];
  const add = (s: string, p: (typeof t)[keyof typeof t], o: Quad_Object) =>
    out.push(quad(namedNode(s), p, o) as Quad);
  const zh = (text: string) => literal(text, 'zh');
  const en = (text: string) => literal(text, 'en');
  const date = (text: string) => literal(text, t.date);

  const catalog = catalogIri(base);
  const sorted = [...editions].sort(
    (a, b) =>
      a.list.division.code.localeCompare(b.list.division.code) ||
      a.list.id.localeCompare(b.list.id),
  );
  add(catalog, t.type, t.Catalog);
  add(catalog, t.title, zh('乡镇（街道）履行职责事项清单与村（社区）工作事项清单'));
  add(catalog, t.title, en('Township duty lists and village work lists'));
  add(catalog, t.modified, date(options.modified));
  add(catalog, t.conformsTo, namedNode(vocabularyIri));
  const about = options.description ?? defaultCatalogDescription(base);
  const licence = namedNode(about.licence);
  const publisher = catalogPartIri(base, 'publisher');
  const contact = catalogPartIri(base, 'contact');
  add(catalog, t.description, zh(about.description.zh));
  add(catalog, t.description, en(about.description.en));
  add(catalog, t.license, licence);
  add(about.licence, t.type, t.LicenseDocument);
  add(catalog, t.publisher, namedNode(publisher));
  add(publisher, t.type, t.Agent);
  add(publisher, t.name, literal(about.publisher));
  add(catalog, t.contactPoint, namedNode(contact));
  add(contact, t.type, t.Kind);
  add(contact, t.fn, literal(about.publisher));
  if (about.contact.email) add(contact, t.hasEmail, namedNode(`mailto:${about.contact.email}`));
  if (about.contact.url) add(contact, t.hasURL, namedNode(about.contact.url));

  const seriesDone = new Set<string>();
  for (const { list, distributions } of sorted) {
    const iris = editionIris(base, list.division.code, list.id);
    const series = seriesIri(base, list.division.code);
    const location = locationIri(series);
    if (!seriesDone.has(series)) {
      seriesDone.add(series);
      add(catalog, t.dataset, namedNode(series));
      add(series, t.type, t.DatasetSeries);
      add(series, t.title, zh(`${list.division.name}履行职责事项清单`));
      add(series, t.title, en(`Duty lists of ${list.division.nameEn ?? list.division.code}`));
      add(series, t.spatial, namedNode(location));
      add(location, t.type, t.Location);
      add(location, t.notation, literal(list.division.code));
      add(location, t.label, zh(list.division.name));
      if (list.division.nameEn) add(location, t.label, en(list.division.nameEn));
    }
    const dataset = iris.edition;
    add(catalog, t.dataset, namedNode(dataset));
    add(dataset, t.type, t.Dataset);
    add(dataset, t.identifier, literal(list.id));
    add(dataset, t.title, zh(list.title));
    if (list.titleEn) add(dataset, t.title, en(list.titleEn));
    add(dataset, t.inSeries, namedNode(series));
    add(dataset, t.spatial, namedNode(location));
    add(dataset, t.publisher, namedNode(iris.issuer));
    add(iris.issuer, t.type, t.Agent);
    add(iris.issuer, t.name, zh(list.issuer.name));
    if (list.issued) add(dataset, t.issued, date(list.issued));
    add(dataset, t.modified, date(options.modified));
    if (list.edition) add(dataset, t.version, literal(list.edition));
    add(dataset, t.conformsTo, namedNode(vocabularyIri));
    add(dataset, t.description, zh(`${list.title}：${about.description.zh}`));
    add(dataset, t.description, en(`${list.titleEn ?? list.title}: ${about.description.en}`));
    add(dataset, t.contactPoint, namedNode(contact));
    if (list.supersedes) {
      const previous = namedNode(editionIris(base, list.division.code, list.supersedes).edition);
      add(dataset, t.previousVersion, previous);
      add(dataset, t.wasRevisionOf, previous);
    }
    for (const d of distributions) {
      const distribution = distributionIri(dataset, d.format);
      const url = namedNode(downloadIri(dataset, d.format));
      add(dataset, t.distribution, namedNode(distribution));
      add(distribution, t.type, t.Distribution);
      add(distribution, t.mediaType, ianaMediaType(mediaTypes[d.format]));
      add(distribution, t.byteSize, literal(String(d.bytes), t.nonNegativeInteger));
      add(distribution, t.downloadURL, url);
      add(distribution, t.accessURL, url);
      add(distribution, t.license, licence);
      const checksum = checksumIri(distribution);
      add(distribution, t.checksum, namedNode(checksum));
      add(checksum, t.type, t.Checksum);
      add(checksum, t.algorithm, t.sha256);
      add(checksum, t.checksumValue, literal(d.sha256, t.hexBinary));
    }
  }
  return out;
}
