import type { Issue } from '@qingdan/core';

/**
 * A push that could not be done, as a typed issue (`sparql-endpoint-refused`,
 * `sparql-endpoint-unreachable`, `sparql-count-mismatch`); the live graph is untouched.
 *
 * @example
 * ```ts
 * try { await pushGraphs(graphs, options); } catch (e) { if (e instanceof PushError) report(e.issue); }
 * ```
 */
export class PushError extends Error {
  constructor(readonly issue: Issue) {
    super(issue.code);
    this.name = 'PushError';
  }
}
