import { match } from 'ts-pattern';
import type { Issue, PathSegment } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';
import type { Amendment } from './amendment.js';
import type { ChangeContext } from './change-context.js';
import { reassignDuty, rebaseDuty, reviseDuty, rewordDuty } from './content-changes.js';
import { replaceOrganisations, startEdition } from './header-changes.js';
import { addDuty, moveDuty, removeDuty, reorderDuties } from './membership-changes.js';

/** The amendments' own faults (a key that is not there, a move within a section), located. */
export interface AppliedChanges {
  readonly list: DutyList;
  readonly issues: readonly Issue[];
}

/**
 * Applies amendments in order, without checking the invariants of the result: the amendments'
 * own faults come back as issues under `base`, and a faulty amendment changes nothing.
 */
export function applyChanges(
  edition: DutyList,
  amendments: readonly Amendment[],
  base: readonly PathSegment[] = ['amendments'],
): AppliedChanges {
  let list: DutyList = edition;
  // The duties are changed in place, one array for all amendments; the list around them is
  // replaced only by the changes to its header.
  const duties: Duty[] = [...edition.duties];
  const issues: Issue[] = [];

  amendments.forEach((amendment, i) => {
    const context: ChangeContext = { duties, issues, at: (...rest) => [...base, i, ...rest] };
    match(amendment)
      .with({ change: 'added' }, (a) => addDuty(context, a))
      .with({ change: 'removed' }, (a) => removeDuty(context, a))
      .with({ change: 'moved' }, (a) => moveDuty(context, a))
      .with({ change: 'reworded' }, (a) => rewordDuty(context, a))
      .with({ change: 'rebased' }, (a) => rebaseDuty(context, a))
      .with({ change: 'reassigned' }, (a) => reassignDuty(context, a))
      .with({ change: 'revised' }, (a) => reviseDuty(context, a))
      .with({ change: 'reordered' }, (a) => reorderDuties(context, a))
      .with({ change: 'organisations' }, (a) => {
        list = replaceOrganisations(list, a);
      })
      .with({ change: 'edition' }, (a) => {
        list = startEdition(list, a);
      })
      .exhaustive();
  });
  return { list: { ...list, duties }, issues };
}
