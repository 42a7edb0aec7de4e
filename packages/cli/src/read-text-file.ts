import { readFile } from 'node:fs/promises';
import { fileIssue, fileSystemError } from '@qingdan/files';
import type { LocatedIssue } from '@qingdan/listfile';
import { load } from './load.js';

/**
 * A text file the user names beside the lists (a layout profile, a SPARQL query): its text and
 * any warning, or the one issue that says why it cannot be read.
 *
 * @example
 * ```ts
 * const read: TextFileRead = await readTextFile('q.rq');
 * ```
 */
export type TextFileRead =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly LocatedIssue[] }
  | { readonly ok: false; readonly issue: LocatedIssue };

/**
 * Reads a text file as strictly as a list file: bytes first, then UTF-8 (or UTF-16 with a byte
 * order mark, with a warning). GBK and other bytes that are not Unicode give
 * `text-encoding-invalid` at their line and column, where a plain UTF-8 read would have turned
 * them into U+FFFD and a query or profile would have silently matched nothing. A missing or
 * unreadable file, or a folder, is an issue too.
 *
 * @example
 * ```ts
 * const read = await readTextFile('profile.yaml');
 * if (!read.ok) printIssue(read.issue);
 * ```
 */
export async function readTextFile(file: string): Promise<TextFileRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { ok: false, issue: { ...fileIssue(fileSystemError('read', file, error)), file } };
  }
  const { decodeDataBytes } = await load.listfile();
  const decoded = decodeDataBytes(bytes, file);
  return decoded.ok ? decoded : { ok: false, issue: decoded.issue };
}
