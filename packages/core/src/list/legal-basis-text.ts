import type { LegalBasis } from '../model/legal-basis.js';

/**
 * Turns legal-basis text, as a list file or a spreadsheet cell gives it, into legal bases. Text
 * that cannot be structured is kept whole as `{ text }`, never dropped.
 *
 * @example
 * ```ts
 * legalBasesFromText('有关法律法规'); // [{ text: '有关法律法规' }]
 * ```
 */
export function legalBasesFromText(text: string): LegalBasis[] {
  return [{ text }];
}
