import { type Issue, makeIssue } from '../issues/issue.js';
import type { UnicodeDecoding } from './decode-unicode.js';

/**
 * The `text-encoding-invalid` issue for bytes {@link decodeUnicode} could not read, at the line
 * and column of the first that does not fit, naming what they likely are. Every reader of a
 * text file (list files, published data, CPSV-AP graphs) reports it this way.
 *
 * @example
 * ```ts
 * const decoded = decodeUnicode(bytes);
 * if (!decoded.ok) return { ok: false, issue: { ...undecodableIssue(decoded), file } };
 * ```
 */
export function undecodableIssue(
  failure: UnicodeDecoding & { readonly ok: false },
): Issue<'text-encoding-invalid'> & { readonly line: number; readonly column: number } {
  return {
    ...makeIssue('text-encoding-invalid', 'error', [], {
      encoding: failure.encoding,
      likely: failure.likely,
      byte: failure.offset,
      bytes: failure.bytes,
    }),
    line: failure.line,
    column: failure.column,
  };
}
