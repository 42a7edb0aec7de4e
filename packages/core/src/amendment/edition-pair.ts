import { type Issue, makeIssue } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';

/**
 * What makes two lists an unlikely pair of editions to diff, as warnings: lists of different
 * divisions or kinds (two places' lists, which `qingdan compare` is for), or, of one division,
 * an old edition that is the newer one (it supersedes the other, or was issued after it), which turns every
 * addition into a removal. The diff is still made: the user may mean it.
 *
 * @example
 * ```ts
 * for (const w of editionPairWarnings(tingqian2025, tingqian2024)) console.log(w.code); // 'diff-editions-reversed'
 * ```
 */
export function editionPairWarnings(older: DutyList, newer: DutyList): Issue[] {
  // Two places' lists have no order between them: the one warning says what they are.
  if (older.division.code !== newer.division.code || older.kind !== newer.kind)
    return [
      makeIssue('diff-lists-of-different-divisions', 'warning', ['division'], {
        old: `${older.division.name} ${older.division.code}`,
        new: `${newer.division.name} ${newer.division.code}`,
      }),
    ];
  const warnings: Issue[] = [];
  const supersedes = older.supersedes === newer.id;
  // ISO dates compare as text.
  const issuedAfter =
    older.issued !== undefined && newer.issued !== undefined && older.issued > newer.issued;
  if (supersedes || issuedAfter)
    warnings.push(
      makeIssue('diff-editions-reversed', 'warning', [], {
        old: older.id,
        new: newer.id,
        ...(older.issued !== undefined ? { oldIssued: older.issued } : {}),
        ...(newer.issued !== undefined ? { newIssued: newer.issued } : {}),
      }),
    );
  return warnings;
}
