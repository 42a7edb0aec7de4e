import type { DutyList } from '@qingdan/core';
import type { ImportResult } from '../src/import/report.js';
import type { SheetIssue } from '../src/read/grid.js';

/**
 * The list an import gave, if it gave one: for tests that look into the list either way.
 *
 * @example
 * ```ts
 * expect(listOf(result)?.duties).toHaveLength(2);
 * ```
 */
export function listOf(result: ImportResult): DutyList | undefined {
  return result.ok ? result.value : undefined;
}

/**
 * Every issue about the file as a whole, whether or not a list came out: the warnings, or the
 * issues.
 *
 * @example
 * ```ts
 * expect(issuesOf(result).map((i) => i.code)).toContain('spreadsheet-external-link');
 * ```
 */
export function issuesOf(result: ImportResult): readonly SheetIssue[] {
  return result.ok ? result.warnings : result.issues;
}
