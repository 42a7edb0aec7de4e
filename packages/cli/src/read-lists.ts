import { findListFiles, type ReadListResult, readListFile } from '@qingdan/listfile';

/**
 * Reads every list file the user named (folders expanded), in order.
 *
 * @example
 * ```ts
 * const results = await readLists(['examples/lists']);
 * ```
 */
export async function readLists(paths: readonly string[]): Promise<ReadListResult[]> {
  const files = await findListFiles(paths);
  const results: ReadListResult[] = [];
  for (const file of files) results.push(await readListFile(file));
  return results;
}
