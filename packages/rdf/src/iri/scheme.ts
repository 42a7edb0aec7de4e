import {
  type DutyList,
  huangmeiDomainScheme,
  instrumentKey,
  type ParticipationRole,
  type Provision,
} from '@qingdan/core';
import { conceptIri, schemeIri } from '@qingdan/vocab';
import { iriSegment } from './segment.js';

/**
 * What a list names by key, each under a folder of its edition: `{edition}/{kind}/{key}`.
 *
 * @example
 * ```ts
 * const kind: KeyedKind = 'department';
 * ```
 */
export type KeyedKind = 'duty' | 'office' | 'department' | 'domain';

/**
 * The IRIs of one list edition and of everything in it, all made from a configurable base. This
 * file holds every IRI template of the mapping; nothing else types a path.
 *
 * The scheme (every user text goes through {@link iriSegment}):
 *
 * | thing | IRI |
 * |---|---|
 * | edition | `{base}{divisionCode}/{listId}` |
 * | duty | `{edition}/duty/{dutyKey}` |
 * | legal basis | `{duty}/basis/{index}` |
 * | resources | `{duty}/resources`, `…/resources/staff`, `…/resources/funding` |
 * | extra column | `{duty}/column/{index}` |
 * | participation (CPSV-AP) | `{duty}/participation/{role}/{key}` |
 * | office, department | `{edition}/office/{key}`, `{edition}/department/{key}` |
 * | domain of the list's own scheme | `{edition}/domain/{code}` |
 * | division, its parents | `{edition}/division`, `{edition}/division/parent`, … |
 * | issuer | `{edition}/issuer` |
 * | township as a public organisation (CPSV-AP) | `{edition}/township` |
 * | generic services (CPSV-AP), one of an aligned concept | `{base}service`, `{base}service/{concept}` |
 * | instrument | `{base}eli/cn/{instrumentKey}` (shared by every list citing it) |
 * | provision | `{instrument}/art_{n}`, `…/art_{n}/par_{m}`, `…/item_{k}` |
 * | catalog | `{base}catalog` |
 * | series of a division's editions, its place | `{base}{divisionCode}`, `{series}#location` |
 * | distribution, its file, its checksum | `{edition}#{format}`, `{edition}.{format}`, `{edition}#{format}-sha256` |
 *
 * Duty, office and department IRIs come from keys, never from row numbers, so reordering rows
 * or re-publishing an edition keeps them.
 *
 * @example
 * ```ts
 * const iris = editionIris('https://data.example.org/qingdan/', '421127104', 'wuzu-2024');
 * iris.duty('JB-01'); // 'https://data.example.org/qingdan/421127104/wuzu-2024/duty/JB-01'
 * ```
 */
export interface EditionIris {
  readonly base: string;
  readonly edition: string;
  /** The IRI of the duty with this key. */
  duty(key: string): string;
  /** The IRI of the township office with this key. */
  office(key: string): string;
  /** The IRI of the county department with this key. */
  department(key: string): string;
  /** The IRI of the list's own domain with this code. */
  domain(code: string): string;
  /** The IRI of the administrative division this many levels above the township (0: itself). */
  division(depth: number): string;
  readonly issuer: string;
  /** What the IRI of every duty, office, department or own domain of the edition starts with. */
  prefix(kind: KeyedKind): string;
}

/**
 * `{under}/{kind}/`: the folder of the things of one kind a list names by key.
 *
 * @example
 * ```ts
 * keyedPrefix('https://x.org/421127104/wuzu-2024', 'office'); // 'https://x.org/421127104/wuzu-2024/office/'
 * ```
 */
export function keyedPrefix(under: string, kind: KeyedKind): string {
  return `${under}/${kind}/`;
}

/**
 * Makes the IRIs of an edition. `base` should end with `/`; one is added when it does not.
 *
 * @example
 * ```ts
 * editionIris('https://data.example.org/', '421127104', 'wuzu-2024').edition;
 * // 'https://data.example.org/421127104/wuzu-2024'
 * ```
 */
export function editionIris(base: string, divisionCode: string, listId: string): EditionIris {
  const root = withSlash(base);
  const edition = `${seriesIri(root, divisionCode)}/${iriSegment(listId)}`;
  const prefixes = {
    duty: keyedPrefix(edition, 'duty'),
    office: keyedPrefix(edition, 'office'),
    department: keyedPrefix(edition, 'department'),
    domain: keyedPrefix(edition, 'domain'),
  } satisfies Record<KeyedKind, string>;
  const division = divisionIri(edition);
  return {
    base: root,
    edition,
    duty: (key) => prefixes.duty + iriSegment(key),
    office: (key) => prefixes.office + iriSegment(key),
    department: (key) => prefixes.department + iriSegment(key),
    domain: (code) => prefixes.domain + iriSegment(code),
    division: (depth) => {
      let iri = division;
      for (let d = 0; d < depth; d++) iri = parentDivisionIri(iri);
      return iri;
    },
    issuer: issuerIri(edition),
    prefix: (kind) => prefixes[kind],
  };
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The concepts of the default (Huangmei) domain scheme, a duty's domain when the list has none of its own. */
const defaultDomains = conceptIri(huangmeiDomainScheme.id, '');

/**
 * The division an edition covers: `{edition}/division`.
 *
 * @example
 * ```ts
 * divisionIri('https://x.org/421127104/wuzu-2024'); // 'https://x.org/421127104/wuzu-2024/division'
 * ```
 */
export function divisionIri(edition: string): string {
  return `${edition}/division`;
}

/**
 * The parent of a division node: `{division}/parent`.
 *
 * @example
 * ```ts
 * parentDivisionIri('https://x.org/e/division'); // 'https://x.org/e/division/parent'
 * ```
 */
export function parentDivisionIri(division: string): string {
  return `${division}/parent`;
}

/**
 * The issuer of an edition: `{edition}/issuer`.
 *
 * @example
 * ```ts
 * issuerIri('https://x.org/421127104/wuzu-2024'); // 'https://x.org/421127104/wuzu-2024/issuer'
 * ```
 */
export function issuerIri(edition: string): string {
  return `${edition}/issuer`;
}

/**
 * A duty's legal basis, by its place among the duty's bases: `{duty}/basis/{index}`.
 *
 * @example
 * ```ts
 * basisIri('https://x.org/e/duty/JB-01', 0); // 'https://x.org/e/duty/JB-01/basis/0'
 * ```
 */
export function basisIri(duty: string, index: number): string {
  return `${duty}/basis/${index}`;
}

/**
 * The resources a duty carries: `{duty}/resources`.
 *
 * @example
 * ```ts
 * resourcesIri('https://x.org/e/duty/FQ-01'); // 'https://x.org/e/duty/FQ-01/resources'
 * ```
 */
export function resourcesIri(duty: string): string {
  return `${duty}/resources`;
}

/**
 * The staffing of a duty's resources: `{resources}/staff`.
 *
 * @example
 * ```ts
 * staffIri('https://x.org/e/duty/FQ-01/resources'); // 'https://x.org/e/duty/FQ-01/resources/staff'
 * ```
 */
export function staffIri(resources: string): string {
  return `${resources}/staff`;
}

/**
 * The funding of a duty's resources: `{resources}/funding`.
 *
 * @example
 * ```ts
 * fundingIri('https://x.org/e/duty/FQ-01/resources'); // 'https://x.org/e/duty/FQ-01/resources/funding'
 * ```
 */
export function fundingIri(resources: string): string {
  return `${resources}/funding`;
}

/**
 * A cell of a column the model has no field for, by its place: `{duty}/column/{index}`.
 *
 * @example
 * ```ts
 * extraColumnIri('https://x.org/e/duty/JB-01', 1); // 'https://x.org/e/duty/JB-01/column/1'
 * ```
 */
export function extraColumnIri(duty: string, index: number): string {
  return `${duty}/column/${index}`;
}

/**
 * The IRI of a participation, from its duty's IRI (absolute or relative), its role and the key of
 * the body: `{duty}/participation/{role}/{key}`. Stable as long as the keys are.
 *
 * @example
 * ```ts
 * participationIri('https://data.example.org/qingdan/421127104/wuzu-2024/duty/PH-01', 'lead', 'yjj');
 * // 'https://data.example.org/qingdan/421127104/wuzu-2024/duty/PH-01/participation/lead/yjj'
 * ```
 */
export function participationIri(duty: string, role: ParticipationRole, key: string): string {
  return `${duty}/participation/${role}/${iriSegment(key)}`;
}

/**
 * The IRI of a duty's domain: a concept of the list's own scheme when it brings one, of the
 * default (Huangmei) scheme otherwise.
 *
 * @example
 * ```ts
 * domainIri(editionIris(base, '421127104', 'wuzu-2024'), list, 'livelihood-services');
 * // 'https://w3id.org/qingdan/scheme/domain/livelihood-services'
 * ```
 */
export function domainIri(
  iris: EditionIris,
  list: Pick<DutyList, 'domains'>,
  code: string,
): string {
  return list.domains ? iris.domain(code) : defaultDomains + iriSegment(code);
}

/**
 * What the IRI of every domain a list may name starts with: its edition's folder of domains when
 * it brings its own scheme, the default scheme's otherwise. The rest of the IRI is the code.
 *
 * @example
 * ```ts
 * domainPrefix('https://x.org/421127104/wuzu-2024', false); // 'https://w3id.org/qingdan/scheme/domain/'
 * ```
 */
export function domainPrefix(edition: string, ownDomains: boolean): string {
  return ownDomains ? keyedPrefix(edition, 'domain') : defaultDomains;
}

/**
 * The scheme the domains a list may name are concepts of: its edition's folder of domains when
 * it brings its own scheme, the default scheme otherwise.
 *
 * @example
 * ```ts
 * domainSchemeIri('https://x.org/421127104/wuzu-2024', true); // 'https://x.org/421127104/wuzu-2024/domain'
 * ```
 */
export function domainSchemeIri(edition: string, ownDomains: boolean): string {
  return ownDomains ? `${edition}/domain` : schemeIri(huangmeiDomainScheme.id);
}

/**
 * The IRI of an instrument, from core's `instrumentKey`: every list that cites the same law,
 * however it writes the title, points at the same node.
 *
 * @example
 * ```ts
 * instrumentIri('https://data.example.org/', { title: '《中华人民共和国传染病防治法》' }) ===
 *   instrumentIri('https://data.example.org/', { title: '传染病防治法' }); // true
 * ```
 */
export function instrumentIri(base: string, instrument: { readonly title: string }): string {
  return `${withSlash(base)}eli/cn/${iriSegment(instrumentKey(instrument))}`;
}

/**
 * The IRI of a provision (article, paragraph, item) of an instrument.
 *
 * @example
 * ```ts
 * provisionIri('https://x.org/eli/cn/a', { article: 4, paragraph: 2, item: 5 });
 * // 'https://x.org/eli/cn/a/art_4/par_2/item_5'
 * ```
 */
export function provisionIri(instrument: string, provision: Provision): string {
  let iri = `${instrument}/art_${provision.article}`;
  if (provision.paragraph !== undefined) iri += `/par_${provision.paragraph}`;
  if (provision.item !== undefined) iri += `/item_${provision.item}`;
  return iri;
}

/**
 * The IRI of the part a provision belongs to: its paragraph, its article, or the instrument.
 *
 * @example
 * ```ts
 * provisionParentIri('https://x.org/eli/cn/a', { article: 4, paragraph: 2 }); // 'https://x.org/eli/cn/a/art_4'
 * ```
 */
export function provisionParentIri(instrument: string, provision: Provision): string {
  if (provision.item !== undefined) {
    const { item: _item, ...rest } = provision;
    return provisionIri(instrument, rest);
  }
  if (provision.paragraph !== undefined)
    return provisionIri(instrument, { article: provision.article });
  return instrument;
}

/**
 * Where a publication carries the vocabulary's documents (context, ontology, shapes, code lists)
 * under its base, so that its JSON-LD resolves before the w3id names do: `{base}vocab/{file}`.
 *
 * @example
 * ```ts
 * publishedVocabularyIri('https://data.example.org/qingdan/', 'context.jsonld');
 * // 'https://data.example.org/qingdan/vocab/context.jsonld'
 * ```
 */
export function publishedVocabularyIri(base: string, file: string): string {
  return `${withSlash(base)}${vocabularyFolder}${file}`;
}

/**
 * The folder under the base that {@link publishedVocabularyIri} names.
 *
 * @example
 * ```ts
 * vocabularyFolder; // 'vocab/'
 * ```
 */
export const vocabularyFolder = 'vocab/';

/**
 * The publisher of a catalog, and its contact point: `{catalog}#publisher`, `{catalog}#contact`.
 *
 * @example
 * ```ts
 * catalogPartIri('https://x.org/', 'contact'); // 'https://x.org/catalog#contact'
 * ```
 */
export function catalogPartIri(base: string, part: 'publisher' | 'contact'): string {
  return `${catalogIri(base)}#${part}`;
}

/**
 * The DCAT catalog of a publication: `{base}catalog`.
 *
 * @example
 * ```ts
 * catalogIri('https://data.example.org/qingdan/'); // 'https://data.example.org/qingdan/catalog'
 * ```
 */
export function catalogIri(base: string): string {
  return `${withSlash(base)}catalog`;
}

/**
 * The series of a division's editions, the folder of their IRIs: `{base}{divisionCode}`.
 *
 * @example
 * ```ts
 * seriesIri('https://data.example.org/qingdan/', '421127104'); // 'https://data.example.org/qingdan/421127104'
 * ```
 */
export function seriesIri(base: string, divisionCode: string): string {
  return `${withSlash(base)}${iriSegment(divisionCode)}`;
}

/**
 * The place a series covers: `{series}#location`.
 *
 * @example
 * ```ts
 * locationIri('https://x.org/421127104'); // 'https://x.org/421127104#location'
 * ```
 */
export function locationIri(series: string): string {
  return `${series}#location`;
}

/**
 * One published file of an edition, as a DCAT distribution: `{edition}#{format}`.
 *
 * @example
 * ```ts
 * distributionIri('https://x.org/421127104/wuzu-2024', 'ttl'); // 'https://x.org/421127104/wuzu-2024#ttl'
 * ```
 */
export function distributionIri(edition: string, format: string): string {
  return `${edition}#${format}`;
}

/**
 * Where a published file of an edition is: `{edition}.{format}`, as the publication's layout puts it.
 *
 * @example
 * ```ts
 * downloadIri('https://x.org/421127104/wuzu-2024', 'ttl'); // 'https://x.org/421127104/wuzu-2024.ttl'
 * ```
 */
export function downloadIri(edition: string, format: string): string {
  return `${edition}.${format}`;
}

/**
 * The SHA-256 checksum of a distribution: `{distribution}-sha256`.
 *
 * @example
 * ```ts
 * checksumIri('https://x.org/421127104/wuzu-2024#ttl'); // 'https://x.org/421127104/wuzu-2024#ttl-sha256'
 * ```
 */
export function checksumIri(distribution: string): string {
  return `${distribution}-sha256`;
}

/**
 * The township (街道) an edition is the list of, as the public organisation of the CPSV-AP
 * profile: `{edition}/township`. Its place is the division, `{edition}/division`.
 *
 * @example
 * ```ts
 * townshipIri('https://x.org/421127104/wuzu-2024'); // 'https://x.org/421127104/wuzu-2024/township'
 * ```
 */
export function townshipIri(edition: string): string {
  return `${edition}/township`;
}

/**
 * The generic public service that the duties aligned as one concept across the published lists
 * are instances of (CPSV-AP profile): `{base}service/{concept}`.
 *
 * @example
 * ```ts
 * genericServiceIri('https://x.org/', 'c12'); // 'https://x.org/service/c12'
 * ```
 */
export function genericServiceIri(base: string, concept: string): string {
  return `${genericServicesIri(base)}/${iriSegment(concept)}`;
}

/**
 * The scheme of the generic services of a publication (CPSV-AP profile): `{base}service`.
 *
 * @example
 * ```ts
 * genericServicesIri('https://x.org/'); // 'https://x.org/service'
 * ```
 */
export function genericServicesIri(base: string): string {
  return `${withSlash(base)}service`;
}
