import { makeIssue, type Section } from '@qingdan/core';
import { sectionOf } from '../layout/section-of.js';
import { rowLocation } from './candidate.js';
import type { RowReport } from './report.js';
import { placeSection, type SectionSource } from './table-report.js';

/**
 * Places a duty's row in a section: its section cell first, then the other sources in the
 * order given (sheet, heading, profile, option, the kind the titles tell). A row no source
 * places is rejected, with `spreadsheet-section-unknown` at its section cell when it has one.
 *
 * @example
 * ```ts
 * rowSection('基本履职事项', [[undefined, 'sheet']], report, 'C'); // { section: 'basic', from: 'column' }
 * ```
 */
export function rowSection(
  sectionCell: string | undefined,
  sources: readonly (readonly [Section | undefined, SectionSource])[],
  report: RowReport,
  column: string | undefined,
): { section: Section; from: SectionSource } | undefined {
  const placed = placeSection([
    [sectionCell ? sectionOf(sectionCell) : undefined, 'column'],
    ...sources,
  ]);
  if (placed) return placed;
  report.status = 'rejected';
  report.issues.push({
    ...makeIssue(
      'spreadsheet-section-unknown',
      'error',
      [],
      sectionCell ? { value: sectionCell } : {},
    ),
    ...rowLocation(report, sectionCell ? column : undefined),
  });
  return undefined;
}
