import { makeIssue } from '@qingdan/core';
import { savedQueryTexts } from '../generated/saved-queries.js';
import { QueryError } from '../query/query-error.js';

/**
 * A query kept with the package for a question researchers ask, described in zh and en.
 *
 * @example
 * ```ts
 * const q: SavedQuery = savedQuery('editions');
 * ```
 */
export interface SavedQuery {
  readonly name: string;
  readonly description: { readonly zh: string; readonly en: string };
  readonly sparql: string;
}

function describe(name: string, sparql: string): SavedQuery {
  const line = (lang: string) =>
    new RegExp(`^#\\s*${lang}:\\s*(.+)$`, 'mu').exec(sparql)?.[1]?.trim() ?? '';
  return { name, description: { zh: line('zh'), en: line('en') }, sparql };
}

/**
 * The saved queries (`queries/*.rq` of this package), by name; each file starts with a
 * `# zh:` and a `# en:` line saying what it answers.
 *
 * @example
 * ```ts
 * savedQueries.map((q) => q.name); // ['basic-here-reclaimed-there', 'counts-by-section-domain', …]
 * ```
 */
export const savedQueries: readonly SavedQuery[] = Object.entries(savedQueryTexts).map(
  ([name, sparql]) => describe(name, sparql),
);

/**
 * The saved query of that name; throws {@link QueryError} (`saved-query-unknown`) naming the
 * known ones otherwise.
 *
 * @example
 * ```ts
 * savedQuery('editions').description.en; // 'Editions and their status: …'
 * ```
 */
export function savedQuery(name: string): SavedQuery {
  const found = savedQueries.find((q) => q.name === name);
  if (found) return found;
  throw new QueryError(
    makeIssue('saved-query-unknown', 'error', [], {
      name,
      known: savedQueries.map((q) => q.name).join(', '),
    }),
  );
}
