import type { DutyList } from '@qingdan/core';
import {
  catalogIri,
  cpsvCatalogMapping,
  describedQuads,
  type EditionRenderer,
  type GenericServiceOf,
} from '@qingdan/rdf';
import { namespaces } from '@qingdan/vocab';
import type { Quad } from '@rdfjs/types';
import { quadsToCpsvJsonLd } from './jsonld.js';

/**
 * Options of {@link cpsvQuads}.
 *
 * @example
 * ```ts
 * const options: CpsvOptions = { base: 'https://data.example.org/qingdan/' };
 * ```
 */
export interface CpsvOptions {
  readonly base: string;
  /** The generic service of a duty, when the lists published together align it; none by default. */
  readonly generic?: GenericServiceOf;
}

const none: GenericServiceOf = () => undefined;

/**
 * The CPSV-AP 3.2 graph of one edition, as `cpsvCatalogMapping` describes it: the catalog, the
 * edition as a `dcat:Dataset`, each duty a `cpsv:PublicService`, the township, its offices and
 * the county departments as `cv:PublicOrganisation`s, codes as `skos:Concept`s, places as
 * `dct:Location`s and laws as `eli:LegalResource`s. Deterministic.
 *
 * @example
 * ```ts
 * const quads = cpsvQuads(list, { base: 'https://data.example.org/qingdan/' });
 * ```
 */
export function cpsvQuads(list: DutyList, options: CpsvOptions): Quad[] {
  return describedQuads(cpsvCatalogMapping, { list, generic: options.generic ?? none }, list, {
    base: options.base,
    root: (iris) => catalogIri(iris.base),
  }) as Quad[];
}

/**
 * The prefixes a CPSV-AP Turtle file declares.
 *
 * @example
 * ```ts
 * cpsvPrefixes.cpsv; // 'http://purl.org/vocab/cpsv#'
 * ```
 */
export const cpsvPrefixes: Readonly<Record<string, string>> = {
  cpsv: namespaces.cpsv,
  cv: namespaces.cv,
  adms: namespaces.adms,
  eli: namespaces.eli,
};

/**
 * How `publish --profile cpsv-ap` renders an edition: the CPSV-AP quads, and JSON-LD under the
 * official context. `generic` links duties to their generic services.
 *
 * @example
 * ```ts
 * await publishLists(sources, { out, base, renderer: cpsvRenderer() });
 * ```
 */
export function cpsvRenderer(generic: GenericServiceOf = none): EditionRenderer {
  return {
    prefixes: cpsvPrefixes,
    quads: (list: DutyList, base: string) => cpsvQuads(list, { base, generic }),
    jsonLd: (list: DutyList, base: string) => quadsToCpsvJsonLd(cpsvQuads(list, { base, generic })),
  };
}
