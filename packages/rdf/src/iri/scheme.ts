import { instrumentKey, type Provision } from '@qingdan/core';
import { iriSegment } from './segment.js';

/**
 * The IRIs of one list edition and of everything in it, all made from a configurable base.
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
 * | office, department | `{edition}/office/{key}`, `{edition}/department/{key}` |
 * | domain of the list's own scheme | `{edition}/domain/{code}` |
 * | division, its parents | `{edition}/division`, `{edition}/division/parent`, … |
 * | issuer | `{edition}/issuer` |
 * | instrument | `{base}eli/cn/{instrumentKey}` (shared by every list citing it) |
 * | provision | `{instrument}/art_{n}`, `…/art_{n}/par_{m}`, `…/item_{k}` |
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
  duty(key: string): string;
  office(key: string): string;
  department(key: string): string;
  domain(code: string): string;
  division(depth: number): string;
  readonly issuer: string;
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
  const root = base.endsWith('/') ? base : `${base}/`;
  const edition = `${root}${iriSegment(divisionCode)}/${iriSegment(listId)}`;
  return {
    base: root,
    edition,
    duty: (key) => `${edition}/duty/${iriSegment(key)}`,
    office: (key) => `${edition}/office/${iriSegment(key)}`,
    department: (key) => `${edition}/department/${iriSegment(key)}`,
    domain: (code) => `${edition}/domain/${iriSegment(code)}`,
    division: (depth) => `${edition}/division${'/parent'.repeat(depth)}`,
    issuer: `${edition}/issuer`,
  };
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
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}eli/cn/${iriSegment(instrumentKey(instrument))}`;
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
