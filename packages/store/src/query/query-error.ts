import type { Issue } from '@qingdan/core';

/**
 * A query that could not be run, as a typed issue (`sparql-query-invalid`,
 * `saved-query-unknown`, `query-format-unsupported`) the command reports in Chinese and English.
 *
 * @example
 * ```ts
 * try { runQuery(store, 'SELEC *', 'json'); } catch (e) { if (e instanceof QueryError) report(e.issue); }
 * ```
 */
export class QueryError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
    this.name = 'QueryError';
  }
}
