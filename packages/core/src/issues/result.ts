import type { Issue } from './issue.js';

/**
 * What parsing, checking or reading gives back, in every package: the value with any warnings,
 * or every issue found (errors and warnings together, in order). `I` is the kind of issue: an
 * adapter's result carries issues located in its files (`LocatedIssue`, `SheetIssue`), and a
 * reader may add what it knows of the input beside it (`Result<T, I> & { file }`).
 *
 * @example
 * ```ts
 * const result = parseDutyList(input);
 * if (result.ok) use(result.value); else report(result.issues);
 * ```
 */
export type Result<T, I extends Issue = Issue> =
  | { readonly ok: true; readonly value: T; readonly warnings: readonly I[] }
  | { readonly ok: false; readonly issues: readonly I[] };

/**
 * The error thrown by the throwing variants of the API: a non-empty list of issues.
 *
 * @example
 * ```ts
 * try { parseDutyListOrThrow(input); } catch (e) { if (e instanceof QingdanError) e.issues; }
 * ```
 */
export class QingdanError extends Error {
  override readonly name = 'QingdanError';
  readonly issues: readonly [Issue, ...Issue[]];

  constructor(issues: readonly [Issue, ...Issue[]]) {
    super(`${issues.length} issue${issues.length === 1 ? '' : 's'}; first: ${issues[0].code}`);
    this.issues = issues;
  }
}

/**
 * Splits issues into a result: ok when none is an error.
 *
 * @example
 * ```ts
 * toResult(list, checkDutyList(list));
 * ```
 */
export function toResult<T, I extends Issue = Issue>(value: T, issues: readonly I[]): Result<T, I> {
  return issues.some((i) => i.severity === 'error')
    ? { ok: false, issues }
    : { ok: true, value, warnings: issues };
}
