import { boundParams } from './bound-params.js';
import type { IssueCode } from './issue-code.js';
import type { IssueParams } from './messages.js';

/**
 * How serious an issue is: an `error` makes a value invalid, a `warning` only reports a gap.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning';

/**
 * The rules of the domain, numbered as in the project's domain guide. Invariants 1–5 may be
 * unmet in a draft (reported as warnings) but hold in every published edition; invariant 6 holds
 * always; 7 and 8 govern admission.
 *
 * @example
 * ```ts
 * const invariant: InvariantNumber = 3;
 * ```
 */
export type InvariantNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/**
 * One step of a path into a value: an object key or an array index.
 *
 * @example
 * ```ts
 * const path: PathSegment[] = ['duties', 3, 'leadDepartments'];
 * ```
 */
export type PathSegment = string | number;

/**
 * The parameters an issue of code `C` carries: those its message reads ({@link IssueParams}),
 * and, for a text cut to an excerpt by {@link boundParams}, its full length under the name
 * with `Length` after it.
 *
 * @example
 * ```ts
 * const params: IssueParamsOf<'legal-basis-unstructured'> = { text: '依据…', textLength: 3600 };
 * ```
 */
export type IssueParamsOf<C extends IssueCode> = Readonly<IssueParams<C>> & {
  readonly [cut: `${string}Length`]: number;
};

/**
 * An issue of one code, whose `params` are those of its code.
 *
 * @example
 * ```ts
 * const issue: IssueOf<'duplicate-key'> = makeIssue('duplicate-key', 'error', [], { key: 'A001' });
 * issue.params.key; // 'A001'
 * ```
 */
export interface IssueOf<C extends IssueCode> {
  readonly code: C;
  readonly severity: Severity;
  readonly path: readonly PathSegment[];
  readonly invariant?: InvariantNumber;
  readonly params: IssueParamsOf<C>;
}

/**
 * One problem found in a value: what kind it is (`code`), where (`path`), how serious, which
 * invariant it breaks, and the values its message needs (`params`). Messages in Chinese and
 * English are made from it by {@link issueMessage}, never stored in it.
 *
 * A union over the codes, discriminated by `code`: once the code is known, `params` are that
 * code's, so `issue.code === 'duplicate-key' && issue.params.key` reads a name the code takes,
 * and a misspelt one fails to compile. `Issue<'a' | 'b'>` is an issue of one of those codes.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   code: 'cooperating-lead-department-missing',
 *   severity: 'error',
 *   path: ['duties', 3, 'leadDepartments'],
 *   invariant: 1,
 *   params: { duty: '生产安全事故应急' },
 * };
 * ```
 */
export type Issue<C extends IssueCode = IssueCode> = C extends IssueCode ? IssueOf<C> : never;

/**
 * Makes an issue; `params` defaults to none and are typed by code ({@link IssueParams}), so
 * a misspelt name fails to compile. A text parameter longer than 200 characters is
 * cut to an excerpt with its full length beside it (see {@link boundParams}), so an issue never
 * carries a huge value whole.
 *
 * @example
 * ```ts
 * makeIssue('duplicate-key', 'error', ['duties', 7, 'key'], { key: 'A001' }, 6);
 * ```
 */
export function makeIssue<C extends IssueCode>(
  code: C,
  severity: Severity,
  path: readonly PathSegment[],
  params?: IssueParams<C>,
  invariant?: InvariantNumber,
): Issue<C>;
// The signature above ties the params to the code; this one builds the issue, of any code.
export function makeIssue(
  code: IssueCode,
  severity: Severity,
  path: readonly PathSegment[],
  params: IssueParams<IssueCode> = {},
  invariant?: InvariantNumber,
): AnyIssue {
  const bounded = boundParams(params);
  return invariant === undefined
    ? { code, severity, path, params: bounded }
    : { code, severity, path, invariant, params: bounded };
}

/** An issue of any code with params of any names: what {@link makeIssue} builds. */
interface AnyIssue {
  readonly code: IssueCode;
  readonly severity: Severity;
  readonly path: readonly PathSegment[];
  readonly invariant?: InvariantNumber;
  readonly params: object;
}

/**
 * Formats a path the way JSON and YAML users read it: `duties[3].leadDepartments`.
 *
 * @example
 * ```ts
 * formatPath(['duties', 3, 'leadDepartments']); // 'duties[3].leadDepartments'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '$' : out;
}
