import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFileFormat } from './file-format.js';

/** The list files below a folder; a folder that cannot be listed stands for itself. */
async function filesBelow(folder: string, found: string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    // Kept as it is, so reading it reports why it could not be listed, and the rest goes on.
    found.push(folder);
    return;
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) await filesBelow(path, found);
    else if (entry.isFile() && listFileFormat(entry.name) !== undefined) found.push(path);
  }
}

/**
 * Expands the paths a user gives into list files: a file stands for itself (whatever its
 * extension, so that a wrong one is reported), a folder for every list file below it, sorted.
 * A path that does not exist, or a folder that cannot be listed, also stands for itself, so that
 * reading it reports the problem for that path alone and the other files are still read.
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
    const found: string[] = [];
    await filesBelow(path, found);
    files.push(...found.sort());
  }
  return files;
}
