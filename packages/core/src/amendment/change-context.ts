import { type Issue, makeIssue, type PathSegment } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';

/**
 * What one amendment works on while changes are applied: the duties so far (changed in place,
 * in order) and the issues so far, with the path of the amendment its issues are located under.
 */
export interface ChangeContext {
  readonly duties: Duty[];
  readonly issues: Issue[];
  /** The path of this amendment, with `rest` below it. */
  readonly at: (...rest: PathSegment[]) => PathSegment[];
}

/** The index of the duty with this key, or -1 with an issue: an amendment named a missing duty. */
export function existingIndex(context: ChangeContext, key: string): number {
  const n = context.duties.findIndex((d) => d.key === key);
  if (n < 0)
    context.issues.push(makeIssue('amendment-unknown-duty', 'error', context.at('key'), { key }));
  return n;
}

/** Says that the duty an amendment places its duty after is not in the list. */
export function reportUnknownPosition(context: ChangeContext, after: string): void {
  context.issues.push(
    makeIssue('amendment-unknown-position', 'error', context.at('after'), { key: after }),
  );
}
