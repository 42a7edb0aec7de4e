import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFileFormat } from './file-format.js';

/**
 * Expands the paths a user gives into list files: a file stands for itself (whatever its
 * extension, so that a wrong one is reported), a folder for every list file below it, sorted.
 *
 * @example
 * ```ts
 * await findListFiles(['examples/lists']); // ['examples/lists/fenggang-danwan.yaml', ...]
 * ```
 */
export async function findListFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && listFileFormat(e.name) !== undefined)
      .map((e) => join(e.parentPath, e.name))
      .sort();
    files.push(...found);
  }
  return files;
}
