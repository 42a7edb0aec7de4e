import { z } from 'zod';
import { schemeCodes } from '../codes/concept.js';
import { legalRankScheme } from '../codes/legal-ranks.js';
import type { Immutable } from './immutable.js';
import { textSchema } from './primitives.js';

const ordinal = z.number().int().min(1);

/**
 * A provision of an instrument: an article (条), and optionally a paragraph (款) and an item (项).
 *
 * @example
 * ```ts
 * provisionSchema.parse({ article: 4, paragraph: 2, item: 5 });
 * ```
 */
export const provisionSchema = z.strictObject({
  article: ordinal,
  paragraph: ordinal.exactOptional(),
  item: ordinal.exactOptional(),
});

/**
 * A provision: 第十二条 is `{ article: 12 }`; 第四条第二款第五项 is
 * `{ article: 4, paragraph: 2, item: 5 }`.
 *
 * @example
 * ```ts
 * const p: Provision = { article: 4, paragraph: 2, item: 5 };
 * ```
 */
export type Provision = Immutable<z.output<typeof provisionSchema>>;

/**
 * A legal or policy instrument: a law, regulation, rule, normative or policy document.
 *
 * @example
 * ```ts
 * instrumentSchema.parse({ title: '中华人民共和国安全生产法', rank: 'law' });
 * ```
 */
export const instrumentSchema = z.strictObject({
  title: textSchema,
  shortTitle: textSchema.exactOptional(),
  rank: z.enum(schemeCodes(legalRankScheme)).exactOptional(),
  issuer: textSchema.exactOptional(),
  documentNumber: textSchema.exactOptional(),
  edition: textSchema.exactOptional(),
});

/**
 * An instrument, by its full title and what identifies its edition.
 *
 * @example
 * ```ts
 * const law: Instrument = { title: '中华人民共和国传染病防治法', rank: 'law', edition: '2013年修正' };
 * ```
 */
export type Instrument = Immutable<z.output<typeof instrumentSchema>>;

/**
 * A legal basis whose instrument is known: the instrument, the provisions cited (none when the
 * whole instrument is cited), the citation text exactly as published, and the quoted article text.
 *
 * @example
 * ```ts
 * structuredLegalBasisSchema.parse({ instrument: { title: '公共场所卫生管理条例' }, provisions: [{ article: 3 }] });
 * ```
 */
export const structuredLegalBasisSchema = z.strictObject({
  citation: textSchema.exactOptional(),
  instrument: instrumentSchema,
  provisions: z.array(provisionSchema).default([]),
  quote: textSchema.exactOptional(),
});

/**
 * A legal basis that could not be structured, kept as its text so that nothing is lost.
 * Allowed in drafts; a published edition has none (invariant 5).
 *
 * @example
 * ```ts
 * textLegalBasisSchema.parse({ text: '有关法律法规' });
 * ```
 */
export const textLegalBasisSchema = z.strictObject({ text: textSchema });

/**
 * A legal basis as a list file may give it: structured, as `{ text }`, or as a plain string.
 *
 * @example
 * ```ts
 * legalBasisInputSchema.parse('《传染病防治法》第十二条'); // { text: '《传染病防治法》第十二条' }
 * ```
 */
export const legalBasisInputSchema = z.union([
  textSchema.transform((text) => ({ text })),
  structuredLegalBasisSchema,
  textLegalBasisSchema,
]);

/**
 * A structured legal basis.
 *
 * @example
 * ```ts
 * const b: StructuredLegalBasis = {
 *   citation: '《传染病防治法》第十二条',
 *   instrument: { title: '中华人民共和国传染病防治法', shortTitle: '传染病防治法', rank: 'law' },
 *   provisions: [{ article: 12 }],
 * };
 * ```
 */
export type StructuredLegalBasis = Immutable<z.output<typeof structuredLegalBasisSchema>>;

/**
 * A legal basis kept as text.
 *
 * @example
 * ```ts
 * const b: TextLegalBasis = { text: '有关法律法规' };
 * ```
 */
export type TextLegalBasis = Immutable<z.output<typeof textLegalBasisSchema>>;

/**
 * A legal basis (法律法规依据): structured, or text not yet structured.
 *
 * @example
 * ```ts
 * const bases: LegalBasis[] = [{ text: '有关法律法规' }];
 * ```
 */
export type LegalBasis = StructuredLegalBasis | TextLegalBasis;

/**
 * Whether a legal basis is structured.
 *
 * @example
 * ```ts
 * isStructured({ text: '有关法律法规' }); // false
 * ```
 */
export function isStructured(basis: LegalBasis): basis is StructuredLegalBasis {
  return 'instrument' in basis;
}
