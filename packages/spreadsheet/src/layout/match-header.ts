import { normaliseText } from '../text/normalise.js';
import { type FieldName, fieldColumns } from './fields.js';

const stripBrackets = (s: string): string => s.replace(/\([^)]*\)/g, '').replace(/[*※:：]/g, '');

/** Normalised header text → field, from the export headers and every synonym. */
const exact = new Map<string, FieldName>();
for (const c of fieldColumns)
  for (const h of [c.header, ...c.synonyms]) {
    const n = normaliseText(h).toLowerCase();
    if (!exact.has(n)) exact.set(n, c.field);
  }
// Longest first, so that 收回后承接部门 wins over anything shorter inside it.
const byLength = [...exact.entries()]
  .filter(([h]) => h.length >= 4)
  .sort((a, b) => b[0].length - a[0].length);

/**
 * The field a header names: exactly one of the known headers (after normalising: line breaks,
 * full-width forms and traditional characters do not count), or with a bracketed remark such as
 * `实施依据（法律法规）`, or containing a known header of four characters or more.
 *
 * @example
 * ```ts
 * fieldOfHeader('事項\n名稱'); // 'name'
 * fieldOfHeader('备注'); // undefined: kept as an extra column
 * ```
 */
export function fieldOfHeader(
  header: string,
  extra?: ReadonlyMap<string, FieldName>,
): FieldName | undefined {
  const n = normaliseText(header).toLowerCase();
  if (n === '') return undefined;
  const fromProfile = extra?.get(n);
  if (fromProfile) return fromProfile;
  const direct = exact.get(n) ?? exact.get(stripBrackets(n));
  if (direct) return direct;
  return byLength.find(([h]) => n.includes(h))?.[1];
}
