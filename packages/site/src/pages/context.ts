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
