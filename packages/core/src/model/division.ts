import { z } from 'zod';
import { schemeCodes } from '../codes/concept.js';
import { type DivisionLevel, divisionLevelScheme } from '../codes/division-levels.js';
import { textSchema } from './primitives.js';

const codePatterns: Record<DivisionLevel, RegExp> = {
  province: /^\d{2}0000(000000)?$/,
  city: /^\d{4}00(000000)?$/,
  county: /^\d{6}(000000)?$/,
  township: /^\d{9}(000)?$/,
  village: /^\d{12}$/,
};

/**
 * Whether a code has the form its level uses: 6 digits down to county (GB/T 2260), 9 for a
 * township, 12 for a village (statistical codes); the 12-digit statistical form is accepted at
 * every level.
 *
 * @example
 * ```ts
 * isDivisionCode('421127', 'county'); // true
 * isDivisionCode('421127104', 'township'); // true
 * ```
 */
export function isDivisionCode(code: string, level: DivisionLevel): boolean {
  return codePatterns[level].test(code);
}

/**
 * The leading digits that every division inside this one shares: `4211` for a city, the six
 * digits of a county, nine of a township.
 *
 * @example
 * ```ts
 * divisionPrefix('421127104000', 'township'); // '421127104'
 * ```
 */
export function divisionPrefix(code: string, level: DivisionLevel): string {
  const length = { province: 2, city: 4, county: 6, township: 9, village: 12 }[level];
  return code.slice(0, length);
}

/**
 * A province, city, county, township or village, with its official code.
 *
 * @example
 * ```ts
 * const wuzu: Division = {
 *   code: '421127104', name: '五祖镇', level: 'township',
 *   parent: { code: '421127', name: '黄梅县', level: 'county' },
 * };
 * ```
 */
export interface Division {
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly level: DivisionLevel;
  readonly parent?: Division;
}

const divisionObject = z.strictObject({
  code: z.string().regex(/^\d{6,12}$/, { error: 'division-code' }),
  name: textSchema,
  nameEn: textSchema.exactOptional(),
  level: z.enum(schemeCodes(divisionLevelScheme)),
  get parent(): z.ZodExactOptional<z.ZodType<Division>> {
    return divisionSchema.exactOptional();
  },
});

/**
 * An administrative division (行政区划) with its official code, and the division above it where
 * the list says so. Codes are checked against the level, and against the parent's prefix.
 *
 * @example
 * ```ts
 * divisionSchema.parse({ code: '421127', name: '黄梅县', level: 'county' });
 * ```
 */
export const divisionSchema: z.ZodType<Division> = divisionObject;

/**
 * The chain of divisions from this one up to the highest the value names.
 *
 * @example
 * ```ts
 * divisionChain(wuzu).map((d) => d.name); // ['五祖镇', '黄梅县']
 * ```
 */
export function divisionChain(division: Division): Division[] {
  const chain: Division[] = [];
  for (let d: Division | undefined = division; d; d = d.parent) chain.push(d);
  return chain;
}

/**
 * The county a division belongs to (itself if it is one), when the value names it.
 *
 * @example
 * ```ts
 * countyOf(wuzu)?.code; // '421127'
 * ```
 */
export function countyOf(division: Division): Division | undefined {
  return divisionChain(division).find((d) => d.level === 'county');
}
