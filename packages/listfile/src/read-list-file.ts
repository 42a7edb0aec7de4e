import { readFile } from 'node:fs/promises';
import { makeIssue } from '@qingdan/core';
import { listFileFormat } from './file-format.js';
import { type ReadListResult, readListText } from './read-list-text.js';

/**
 * Reads and checks one list file (`.json`, `.yaml`, `.yml`). A file that cannot be read, or
 * has another extension, gives an issue rather than an exception.
 *
 * @example
 * ```ts
 * const result = await readListFile('examples/lists/huangmei-wuzu.yaml');
 * ```
 */
export async function readListFile(file: string): Promise<ReadListResult> {
  const format = listFileFormat(file);
  if (!format) {
    const issue = makeIssue('invalid-format', 'error', [], {
      format: 'a list file ends in .json, .yaml or .yml',
      formatZh: '清单文件的扩展名应为 .json、.yaml 或 .yml',
    });
    return { ok: false, file, issues: [{ ...issue, file }] };
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    const issue = makeIssue('invalid-format', 'error', [], {
      format: `the file cannot be read (${reason})`,
      formatZh: `无法读取文件（${reason}）`,
    });
    return { ok: false, file, issues: [{ ...issue, file }] };
  }
  return readListText(text, format, file);
}
