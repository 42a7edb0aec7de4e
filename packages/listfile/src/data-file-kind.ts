/**
 * The kinds of data file qingdan reads: a duty list, an admission request, a county
 * configuration of admission rules, a spreadsheet import profile.
 *
 * @example
 * ```ts
 * const expected: DataFileKind = 'admission-request';
 * ```
 */
export type DataFileKind = 'list' | 'admission-request' | 'county-config' | 'import-profile';

/**
 * The kind a parsed file is, told by a field only that kind has (a list's `duties`, a request's
 * `requestingDepartment`, a configuration's `admissionRules`, a profile's `list` without
 * `duties`, or its column settings), or undefined for none. Used when a
 * file fails to parse as the kind expected: a list given where a request was meant reads as a
 * request missing every field, and one issue naming what the file is says more than all of them.
 */
export function dataFileKind(data: unknown): DataFileKind | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  if ('duties' in data) return 'list';
  if ('requestingDepartment' in data) return 'admission-request';
  if ('admissionRules' in data) return 'county-config';
  if ('list' in data || 'columns' in data || 'carryDown' in data || 'skipRowsMatching' in data)
    return 'import-profile';
  return undefined;
}
