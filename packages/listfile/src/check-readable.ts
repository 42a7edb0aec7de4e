import { readdir, stat } from 'node:fs/promises';
import type { Issue } from '@qingdan/core';
import { FileSystemError, fileIssue, fileSystemError } from '@qingdan/files';

/**
 * The issue that keeps a path from being read as a data file before its name is even looked
 * at: it does not exist (`file-not-found`, not "wrong format"), or it is a folder that could not
 * be listed (`file-unreadable`, with the system's reason). `undefined` when it can be tried.
 *
 * @example
 * ```ts
 * await unreadablePathIssue('missing.yaml'); // { code: 'file-not-found', … }
 * ```
 */
export async function unreadablePathIssue(path: string): Promise<Issue | undefined> {
  try {
    const info = await stat(path);
    if (!info.isDirectory()) return undefined;
    await readdir(path);
    return fileIssue(new FileSystemError('read', path, 'EISDIR'));
  } catch (error) {
    return fileIssue(fileSystemError('read', path, error));
  }
}
