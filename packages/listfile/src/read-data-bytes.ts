import type { Result } from '@qingdan/core';
import type { DataFileKind } from './data-file-kind.js';
import { decodeDataBytes } from './decode-data-bytes.js';
import type { ListFileFormat } from './file-format.js';
import { type ReadDataResult, readDataText } from './read-data-text.js';

/**
 * Reads a value of the library from the bytes of a JSON or YAML file with the parser given:
 * the bytes must be Unicode text (see {@link decodeDataBytes}), then they are read as
 * {@link readDataText} reads text. For bytes that come from elsewhere than a file on disk (an
 * upload, standard input); {@link readDataFile} reads files this way.
 *
 * @example
 * ```ts
 * const result = readDataBytes(bytes, 'yaml', 'upload.yaml', parseDutyList);
 * ```
 */
export function readDataBytes<T>(
  bytes: Uint8Array,
  format: ListFileFormat,
  file: string,
  parse: (input: unknown) => Result<T>,
  expected?: DataFileKind,
): ReadDataResult<T> {
  const decoded = decodeDataBytes(bytes, file);
  if (!decoded.ok) return { ok: false, file, issues: [decoded.issue] };
  const result = readDataText(decoded.text, format, file, parse, expected);
  if (decoded.warnings.length === 0) return result;
  return result.ok
    ? { ...result, warnings: [...decoded.warnings, ...result.warnings] }
    : { ...result, issues: [...decoded.warnings, ...result.issues] };
}
