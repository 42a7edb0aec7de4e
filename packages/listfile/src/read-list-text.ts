import { type DutyList, parseDutyList } from '@qingdan/core';
import type { ListFileFormat } from './file-format.js';
import { type ReadDataResult, readDataText } from './read-data-text.js';

/**
 * A list read from a file: the core's `Result` of a list, its issues located in the file, with
 * the file it was read from (a {@link ReadDataResult} of a list).
 *
 * @example
 * ```ts
 * const result: ReadListResult = await readListFile('wuzu.yaml');
 * if (result.ok) result.value.duties.length;
 * ```
 */
export type ReadListResult = ReadDataResult<DutyList>;

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
  return readDataText(text, format, file, parseDutyList, 'list');
}
