import type { DutyList } from '@qingdan/core';
import type { ListVocabulary } from '../layout/bodies.js';
import type { SheetIssue } from '../read/grid.js';
import type { Candidate } from './candidate.js';
import { kindOfCandidates, resolveCandidateDomains } from './candidate-domains.js';
import { checkList, settleReports } from './check-list.js';
import { listHeader } from './list-header.js';
import type { RowReport } from './report.js';

/** What the list is made of once every table is read. */
export interface ListParts {
  /** The duties the rows gave, not yet checked as a list. */
  readonly candidates: readonly Candidate[];
  /** Every row's report, settled once the list is checked. */
  readonly rows: readonly RowReport[];
  readonly vocab: ListVocabulary;
  /** The list export kept in the workbook or beside the CSV, if any. */
  readonly kept: DutyList | undefined;
  /** The list's own fields from each source, a later one winning (kept, shown, profile, caller). */
  readonly layers: readonly (Record<string, unknown> | undefined)[];
  /** The first table title, for a list that names none. */
  readonly title: string | undefined;
  readonly file: string;
  readonly strict: boolean | undefined;
}

/**
 * Makes the list of an import from its rows' duties: its own fields (what is missing filled in
 * and reported), its kind and domains from the duties, the kept list's order and bodies, then the
 * list check, which takes out the rows it rejects and settles every row's report.
 *
 * @example
 * ```ts
 * const { list, issues } = assembleList({ candidates, rows, vocab, kept: undefined, layers: [], title: '五祖镇清单', file: 'a.csv', strict: false });
 * ```
 */
export function assembleList(parts: ListParts): { list?: DutyList; issues: SheetIssue[] } {
  const { candidates, kept, vocab, file } = parts;
  const { header, issues } = listHeader(parts.layers, file, parts.title);
  header.kind ??= kindOfCandidates(candidates);
  const domains = resolveCandidateDomains(candidates, vocab);
  if (domains) header.domains = domains;
  // A workbook export wrote keeps the list's order, across its sheets.
  const position = new Map((kept?.duties ?? []).map((d, i) => [d.key, i] as const));
  const orderOf = (c: Candidate) => position.get(String(c.duty.key)) ?? Number.MAX_SAFE_INTEGER;
  const { list, listIssues, live } = checkList(
    [...candidates].sort((a, b) => orderOf(a) - orderOf(b)),
    (duties) => ({
      ...header,
      offices: [...(kept?.offices ?? []), ...vocab.offices.added],
      departments: [...(kept?.departments ?? []), ...vocab.departments.added],
      duties,
    }),
    parts.strict,
  );
  settleReports(live, parts.rows);
  issues.push(...listIssues.map((i) => ({ ...i, file })));
  return list ? { list, issues } : { issues };
}
