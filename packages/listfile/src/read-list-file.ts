import { parseDutyList } from '@qingdan/core';
import { readDataFile } from './read-data-file.js';
import type { ReadListResult } from './read-list-text.js';

/**
 * Reads and checks one list file (`.json`, `.yaml`, `.yml`). A file that cannot be read, or
 * has another extension, gives an issue rather than an exception.
 *
 * @example
 * ```ts
 * const result = await readListFile('examples/lists/huangmei-wuzu-2024.yaml');
 * ```
 */
export async function readListFile(file: string): Promise<ReadListResult> {
  return readDataFile(file, parseDutyList, 'list');
}
