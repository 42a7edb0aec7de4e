import { hazardOfCodeUnit, maybeHazard, type TextHazard } from './characters.js';

/**
 * One kind of hazard found in a text: where it first occurs (`index`, in UTF-16 code units;
 * `position`, 1-based, in characters as people count them), which code point that is, and how
 * many characters of the kind the text holds.
 *
 * @example
 * ```ts
 * const found: HazardFinding = { hazard: 'control', index: 2, position: 3, codePoint: 0x1b, count: 1 };
 * ```
 */
export interface HazardFinding {
  readonly hazard: TextHazard;
  readonly index: number;
  readonly position: number;
  readonly codePoint: number;
  readonly count: number;
}

/**
 * Every kind of hazard in a text, in the order of their first occurrence; none for the text of
 * almost every list, which one regular expression test tells. A carriage return right before a
 * line feed is a line break, not a control.
 *
 * @example
 * ```ts
 * findHazards('乡镇\u001b[2J'); // [{ hazard: 'control', index: 2, position: 3, codePoint: 0x1b, count: 1 }]
 * findHazards('a\r\nb'); // []
 * ```
 */
export function findHazards(text: string): HazardFinding[] {
  if (!maybeHazard.test(text)) return [];
  const found = new Map<TextHazard, { index: number; position: number; codePoint: number }>();
  const counts = new Map<TextHazard, number>();
  let position = 0;
  for (let i = 0; i < text.length; i++) {
    position++;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue;
    const hazard = hazardOfCodeUnit(c);
    if (hazard === undefined) continue;
    if (!found.has(hazard)) found.set(hazard, { index: i, position, codePoint: c });
    counts.set(hazard, (counts.get(hazard) ?? 0) + 1);
  }
  return [...found].map(([hazard, at]) => ({ hazard, ...at, count: counts.get(hazard) ?? 0 }));
}
