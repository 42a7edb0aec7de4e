import { readFile } from 'node:fs/promises';
import { makeIssue, type Result } from '@qingdan/core';
import { fileIssue, fileSystemError } from '@qingdan/files';
import { unreadablePathIssue } from './check-readable.js';
import { listFileFormat } from './file-format.js';
import { type ReadDataResult, readDataText } from './read-data-text.js';

/**
 * Reads a JSON or YAML data file (`.json`, `.yaml`, `.yml`) with the parser given. A file that
 * does not exist (`file-not-found`), cannot be read (`file-unreadable`) or has another extension
 * (`invalid-format`) gives an issue rather than an exception.
 *
 * @example
 * ```ts
 * const request = await readDataFile('examples/admission/elderly-visits.yaml', parseAdmissionRequest);
 * ```
 */
export async function readDataFile<T>(
  file: string,
  parse: (input: unknown) => Result<T>,
): Promise<ReadDataResult<T>> {
  const unreadable = await unreadablePathIssue(file);
  if (unreadable) return { ok: false, file, issues: [{ ...unreadable, file }] };
  const format = listFileFormat(file);
  if (!format) {
    const issue = makeIssue('invalid-format', 'error', [], {
      format: 'the file name ends in .json, .yaml or .yml',
      formatZh: '文件扩展名应为 .json、.yaml 或 .yml',
    });
    return { ok: false, file, issues: [{ ...issue, file }] };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return {
      ok: false,
      file,
      issues: [{ ...fileIssue(fileSystemError('read', file, error)), file }],
    };
  }
  return readDataText(text, format, file, parse);
}
