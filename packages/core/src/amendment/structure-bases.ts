import { legalBasesFromText } from '../list/legal-basis-text.js';
import type { Duty } from '../model/duty.js';
import { isStructured, type LegalBasis } from '../model/legal-basis.js';

/**
 * Structures legal bases given as text, as list files are read, so that a duty arriving by an
 * amendment or an admission meets invariant 5 like one read with its list.
 */
export function structureBases(bases: readonly LegalBasis[]): LegalBasis[] {
  return bases.flatMap((b) => (isStructured(b) ? [b] : legalBasesFromText(b.text)));
}

/** The duty with its legal bases structured. */
export function withStructuredBases<D extends Duty>(duty: D): D {
  return { ...duty, legalBases: structureBases(duty.legalBases) };
}
