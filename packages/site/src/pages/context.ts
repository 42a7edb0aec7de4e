import { quadsToJsonLd, vocabularyRenderer } from '@qingdan/rdf';
import type { Quad } from '@rdfjs/types';
import type { EditionRef, SiteModel } from '../model.js';
import type { SitePaths } from '../paths.js';

/**
 * What the page makers share: the base, the paths, and what was gathered across editions (the
 * editions so far, each as its reference).
 *
 * @example
 * ```ts
 * const ctx: PageContext = { base, paths: sitePaths(base), model: siteModel(paths), editions: [] };
 * ```
 */
export interface PageContext {
  readonly base: string;
  readonly paths: SitePaths;
  readonly model: SiteModel;
  readonly editions: readonly EditionRef[];
}

/**
 * A page's linked data in the qingdan vocabulary: its quads as `@qingdan/rdf` writes JSON-LD,
 * with the vocabulary's prefixes.
 *
 * @example
 * ```ts
 * pageJsonLd(parts.duties.get('JB-01') ?? []);
 * ```
 */
export function pageJsonLd(quads: readonly Quad[]): unknown {
  return quadsToJsonLd(quads, vocabularyRenderer.prefixes);
}
