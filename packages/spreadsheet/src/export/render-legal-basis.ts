import { formatCitation, isStructured, type LegalBasis } from '@qingdan/core';

/**
 * A legal basis as one line of text, canonically (core's {@link formatCitation}: full title in
 * 《》, document number and edition, provisions in Chinese numerals, the quote); a basis kept as
 * text is its text.
 *
 * @example
 * ```ts
 * renderLegalBasis({ instrument: { title: '中华人民共和国大气污染防治法' }, provisions: [{ article: 57, paragraph: 2 }] });
 * // '《中华人民共和国大气污染防治法》第五十七条第二款'
 * ```
 */
export function renderLegalBasis(basis: LegalBasis): string {
  return isStructured(basis) ? formatCitation(basis) : basis.text;
}

/**
 * The legal bases of a duty as one cell: one basis per line.
 *
 * @example
 * ```ts
 * renderLegalBases([{ text: '有关法律法规' }, { text: '三定规定' }]); // '有关法律法规\n三定规定'
 * ```
 */
export function renderLegalBases(bases: readonly LegalBasis[]): string {
  return bases.map(renderLegalBasis).join('\n');
}
