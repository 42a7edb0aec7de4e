import { type Duty, type LegalBasis, legalBasesFromText } from '@qingdan/core';
import { renderLegalBases } from '../export/render-legal-basis.js';
import type { FieldCell } from './field-draft.js';

/**
 * The legal bases of a row's 法律依据 cells. A cell left as export wrote it gives back the bases
 * export kept, exactly (structure text cannot carry); anything else is read as citation text.
 */
export function legalBasesFromCells(
  cells: readonly FieldCell[],
  stored: Duty | undefined,
): LegalBasis[] {
  const joined = cells.map((c) => c.value).join('\n');
  if (stored && stored.legalBases.length > 0 && renderLegalBases(stored.legalBases) === joined)
    return [...stored.legalBases];
  // One citation text: an article on the line below its act keeps the act (…条例》\n第十四条).
  return legalBasesFromText(joined);
}
