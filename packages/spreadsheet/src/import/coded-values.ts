import { findConcept, reclaimReasonScheme } from '@qingdan/core';
import { normaliseText } from '../text/normalise.js';
import { splitBodies } from '../text/split-bodies.js';
import type { FieldCell } from './field-draft.js';

type Scheme = Parameters<typeof findConcept>[0];

/**
 * The code of a label in a code list, as written or normalised (traditional characters, full
 * width), since sources mix both.
 */
export function conceptCode(scheme: Scheme, text: string): string | undefined {
  return (findConcept(scheme, text) ?? findConcept(scheme, normaliseText(text)))?.code;
}

/**
 * The reclaim reasons of a row's cells, one per listed part: the codes found, and the parts no
 * reason has, which the caller keeps as text.
 */
export function reclaimReasonCodes(cells: readonly FieldCell[]): {
  codes: string[];
  rest: string[];
} {
  const codes: string[] = [];
  const rest: string[] = [];
  for (const part of cells.flatMap((c) => splitBodies(c.value))) {
    const code = conceptCode(reclaimReasonScheme, part);
    if (code) codes.push(code);
    else rest.push(part);
  }
  return { codes, rest };
}
