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

/**
 * The list files the user named (folders expanded) and a reader of them one at a time, so a
 * command that reports each list as it goes holds one list in memory, never all of them.
 *
 * @example
 * ```ts
 * const { files, each } = await listsOneByOne(['examples/lists']);
 * for await (const result of each()) console.log(result.file, result.ok);
 * ```
 */
export async function listsOneByOne(paths: readonly string[]): Promise<{
  readonly files: readonly string[];
  each: () => AsyncGenerator<ReadListResult>;
}> {
  const { findListFiles, readListFile } = await load.listfile();
  const files = await findListFiles(paths);
  return {
    files,
    each: async function* () {
      for (const file of files) yield await readListFile(file);
    },
  };
}
