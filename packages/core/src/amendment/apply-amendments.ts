import { checkDutyList } from '../invariants/check-duty-list.js';
import { type Result, toResult } from '../issues/result.js';
import type { DutyList } from '../model/duty-list.js';
import type { Amendment } from './amendment.js';
import { applyChanges } from './apply-changes.js';

/**
 * Applies amendments, in order, to an edition and gives the new edition. The edition passed in
 * is not changed; every duty keeps its key. The result is checked like any list: the
 * amendments' own faults (paths `amendments[i]…`) and every invariant the new edition breaks
 * (paths into the new edition) come back as issues, so an edition reached this way holds every
 * invariant its status asks for.
 *
 * @example
 * ```ts
 * const next = applyAmendments(edition2024, [
 *   { change: 'removed', key: 'JB-09-004', reason: 'policy-change', approvedBy: '黄梅县委编办', approvedOn: '2025-03-01' },
 * ]);
 * if (next.ok) console.log(next.value.duties.length);
 * ```
 */
export function applyAmendments(
  edition: DutyList,
  amendments: readonly Amendment[],
): Result<DutyList> {
  const { list, issues } = applyChanges(edition, amendments);
  if (issues.length > 0) return { ok: false, issues };
  return toResult(list, checkDutyList(list));
}
