import type { CellValue } from 'exceljs';

/** A cell's text and, for a formula without a cached value, the formula. */
export interface CellText {
  readonly text: string;
  readonly uncachedFormula?: string;
}

function isoDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/**
 * The text of a cell as its reader sees it. A formula gives its cached value and is never
 * evaluated; rich text and hyperlinks give their text; dates give ISO 8601.
 *
 * @example
 * ```ts
 * cellText({ formula: 'A1*2', result: 4 }); // { text: '4' }
 * ```
 */
export function cellText(value: CellValue): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: isoDate(value) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    const formula = 'formula' in value ? value.formula : value.sharedFormula;
    if (result === undefined || result === null)
      return { text: '', uncachedFormula: String(formula) };
    if (typeof result === 'object' && result !== null && 'error' in result)
      return { text: String((result as { error: unknown }).error) };
    return cellText(result as CellValue);
  }
  if ('hyperlink' in value) {
    const text = (value as { text?: unknown }).text;
    return typeof text === 'string' ? { text } : cellText(text as CellValue);
  }
  if ('error' in value) return { text: String(value.error) };
  return { text: '' };
}
