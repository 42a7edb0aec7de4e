import { checkDutyList } from '../invariants/check-duty-list.js';
import { type Issue, makeIssue } from '../issues/issue.js';
import type { Result } from '../issues/result.js';
import type { DutyList } from '../model/duty-list.js';

declare const publishedBrand: unique symbol;

/**
 * A list edition known to hold every invariant: only {@link publish} and {@link asPublished}
 * make one, so a function that takes a `PublishedDutyList` cannot be handed a draft with gaps.
 *
 * @example
 * ```ts
 * function announce(list: PublishedDutyList) { return list.documentNumber; }
 * ```
 */
export type PublishedDutyList = DutyList & {
  readonly status: 'published' | 'superseded';
  readonly [publishedBrand]: true;
};

/**
 * Marks a draft published, with its date and document number, if and only if no gap is left:
 * otherwise every gap is returned as an error, with `not-publishable` first.
 *
 * @example
 * ```ts
 * const result = publish(draft, { issued: '2024-11-26', documentNumber: '梅编发〔2024〕8号' });
 * if (result.ok) writeFile(result.value);
 * ```
 */
export function publish(
  list: DutyList,
  details: { readonly issued?: string; readonly documentNumber?: string } = {},
): Result<PublishedDutyList> {
  const candidate: DutyList = { ...list, ...details, status: 'published' };
  return asPublished(candidate);
}

/**
 * Checks that a published or superseded edition holds every invariant and gives it the
 * {@link PublishedDutyList} type.
 *
 * @example
 * ```ts
 * const result = asPublished(parsed);
 * ```
 */
export function asPublished(list: DutyList): Result<PublishedDutyList> {
  const issues = checkDutyList(list);
  const errors = list.status === 'draft' ? [] : issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || list.status === 'draft') {
    const head: Issue = makeIssue('not-publishable', 'error', ['status'], { count: errors.length });
    return { ok: false, issues: [head, ...errors] };
  }
  return { ok: true, value: list as PublishedDutyList, warnings: issues };
}
