import { readFile } from 'node:fs/promises';
import { makeIssue, type Result } from '@qingdan/core';
import { fileIssue, fileSystemError } from '@qingdan/files';
import { unreadablePathIssue } from './check-readable.js';
import type { DataFileKind } from './data-file-kind.js';
import { listFileFormat } from './file-format.js';
import { readDataBytes } from './read-data-bytes.js';
import type { ReadDataResult } from './read-data-text.js';

/**
 * Reads a JSON or YAML data file (`.json`, `.yaml`, `.yml`) with the parser given. A file that
 * does not exist (`file-not-found`), cannot be read (`file-unreadable`) or has another extension
 * (`invalid-format`) gives an issue rather than an exception; so do bytes that are not UTF-8 (or
 * UTF-16 with a byte order mark), located at the first that does not fit (see {@link readDataBytes}).
 * Given the kind `expected`, another kind of file gives one `file-is-other-kind` issue.
 *
 * @example
 * ```ts
 * const request = await readDataFile('examples/admission/elderly-visits.yaml', parseAdmissionRequest, 'admission-request');
 * ```
 */
export async function readDataFile<T>(
  file: string,
  parse: (input: unknown) => Result<T>,
  expected?: DataFileKind,
): Promise<ReadDataResult<T>> {
  const unreadable = await unreadablePathIssue(file);
  if (unreadable) return { ok: false, file, issues: [{ ...unreadable, file }] };
  const format = listFileFormat(file);
  if (!format) {
    const issue = makeIssue('invalid-format', 'error', [], { format: 'list-file-extension' });
    return { ok: false, file, issues: [{ ...issue, file }] };
  }
  let bytes: Uint8Array;
  try {
    // Bytes, not text: a decoder that turns what it cannot read into U+FFFD would hide GBK.
    bytes = await readFile(file);
  } catch (error) {
    return {
      ok: false,
      file,
      issues: [{ ...fileIssue(fileSystemError('read', file, error)), file }],
    };
  }
  return readDataBytes(bytes, format, file, parse, expected);
}
