import { type DutyList, type Issue, makeIssue } from '@qingdan/core';

/** A list and where it came from (a file name), as a comparison is given it. */
export interface SourcedList {
  readonly source: string;
  readonly list: DutyList;
}

/**
 * Keeps the first list of each id and leaves out the others, each with a `duplicate-list-id`
 * issue naming the source it repeats: a comparison names lists by id, so two lists with one id
 * would be told apart by nothing.
 *
 * @example
 * ```ts
 * const { kept, leftOut } = uniqueLists([{ source: 'a.yaml', list: a }, { source: 'b.yaml', list: a }]);
 * leftOut[0]?.issue.code; // 'duplicate-list-id'
 * ```
 */
export function uniqueLists(lists: readonly SourcedList[]): {
  kept: SourcedList[];
  leftOut: { source: string; issue: Issue }[];
} {
  const first = new Map<string, string>();
  const kept: SourcedList[] = [];
  const leftOut: { source: string; issue: Issue }[] = [];
  for (const entry of lists) {
    const other = first.get(entry.list.id);
    if (other === undefined) {
      first.set(entry.list.id, entry.source);
      kept.push(entry);
    } else
      leftOut.push({
        source: entry.source,
        issue: makeIssue('duplicate-list-id', 'error', ['id'], { id: entry.list.id, other }),
      });
  }
  return { kept, leftOut };
}
