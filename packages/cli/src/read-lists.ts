import type { ReadListResult } from '@qingdan/listfile';
import { load } from './load.js';

/**
 * Reads every list file the user named (folders expanded), in order.
 *
 * @example
 * ```ts
 * const results = await readLists(['examples/lists']);
 * ```
 */
export async function readLists(paths: readonly string[]): Promise<ReadListResult[]> {
  const { findListFiles, readListFile } = await load.listfile();
  const files = await findListFiles(paths);
  const results: ReadListResult[] = [];
  for (const file of files) results.push(await readListFile(file));
  return results;
}
