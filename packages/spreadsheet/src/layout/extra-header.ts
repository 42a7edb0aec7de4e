import { fieldOfHeader } from './match-header.js';

/** Marks an extra column whose own header would otherwise be read as a field, or is blank. */
export const extraHeaderMark = '附加列：';

/**
 * The header export writes for an extra column: as it is, unless import would take it for a
 * field (an extra column headed `编码` is not the item code) or could not see it (blank); then
 * marked with {@link extraHeaderMark}, which import takes off again.
 *
 * @example
 * ```ts
 * extraHeaderForExport('备注'); // '备注'
 * extraHeaderForExport('编码'); // '附加列：编码'
 * ```
 */
export function extraHeaderForExport(header: string): string {
  return fieldOfHeader(header) !== undefined ||
    header.trim() === '' ||
    header.startsWith(extraHeaderMark)
    ? `${extraHeaderMark}${header}`
    : header;
}
