import { type DutyList, parseDutyList } from '@qingdan/core';
import type { ListFileFormat } from './file-format.js';
import type { LocatedIssue } from './located-issue.js';
import { type ReadDataResult, readDataText } from './read-data-text.js';

/**
 * A list read from a file: the list and its warnings, or every issue, located.
 *
 * @example
 * ```ts
 * const result: ReadListResult = await readListFile('wuzu.yaml');
 * ```
 */
export type ReadListResult =
  | {
      readonly ok: true;
      readonly file: string;
      readonly list: DutyList;
      readonly warnings: readonly LocatedIssue[];
    }
  | { readonly ok: false; readonly file: string; readonly issues: readonly LocatedIssue[] };

/**
 * A data file read as a list: the same result, with the value named for what it is.
 *
 * @example
 * ```ts
 * asListResult(readDataText(text, 'yaml', 'wuzu.yaml', parseDutyList)).ok;
 * ```
 */
export function asListResult(result: ReadDataResult<DutyList>): ReadListResult {
  return result.ok
    ? { ok: true, file: result.file, list: result.value, warnings: result.warnings }
    : result;
}

/**
 * Reads a list from the text of a list file, and locates every issue by line and column.
 *
 * @example
 * ```ts
 * const result = readListText(text, 'yaml', 'wuzu.yaml');
 * if (!result.ok) for (const i of result.issues) console.log(`${i.file}:${i.line}`, i.code);
 * ```
 */
export function readListText(text: string, format: ListFileFormat, file: string): ReadListResult {
  return asListResult(readDataText(text, format, file, parseDutyList));
}
