import { decodeUnicode, makeIssue, undecodableIssue } from '@qingdan/core';
import type { LocatedIssue } from './located-issue.js';

/**
 * The text of a data file, with a warning when it was not UTF-8; or the issue that says why the
 * bytes are not text, located at the first byte that does not fit.
 *
 * @example
 * ```ts
 * const decoded: DecodedData = decodeDataBytes(bytes, 'wuzu.yaml');
 * ```
 */
export type DecodedData =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly LocatedIssue[] }
  | { readonly ok: false; readonly issue: LocatedIssue };

/**
 * Reads the bytes of a list or data file as text, and never as anything but what they are:
 * UTF-8 (a byte order mark or none) is read as is; UTF-16 with a byte order mark is read, with
 * a warning that says so (`text-encoding-converted`); anything else — GB18030/GBK, UTF-16
 * without a mark, UTF-32, binary — is an error (`text-encoding-invalid`) at the line and column
 * of the first byte that does not fit, naming what the bytes likely are. No byte becomes
 * U+FFFD, and no zero byte is taken for text.
 *
 * @example
 * ```ts
 * const decoded = decodeDataBytes(await readFile(file), file);
 * if (!decoded.ok) console.log(decoded.issue.line, decoded.issue.params.likely); // 3 'gb18030'
 * ```
 */
export function decodeDataBytes(bytes: Uint8Array, file: string): DecodedData {
  const decoded = decodeUnicode(bytes);
  if (!decoded.ok)
    return {
      ok: false,
      issue: { ...undecodableIssue(decoded), file },
    };
  const { text, encoding } = decoded;
  if (encoding === 'utf-8') return { ok: true, text, warnings: [] };
  // UTF-16 declared by its mark is read exactly; the warning says so, for the file is better as UTF-8.
  const converted = makeIssue('text-encoding-converted', 'warning', [], { encoding });
  return { ok: true, text, warnings: [{ ...converted, file, line: 1, column: 1 }] };
}
