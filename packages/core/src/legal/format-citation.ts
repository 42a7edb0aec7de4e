import type { Provision, StructuredLegalBasis } from '../model/legal-basis.js';
import { bookTitle } from './book-title.js';
import { formatNumeral } from './numerals.js';

/**
 * A provision in the canonical form: 第四条第二款第五项.
 *
 * @example
 * ```ts
 * formatProvision({ article: 4, paragraph: 2, item: 5 }); // '第四条第二款第五项'
 * ```
 */
export function formatProvision(p: Provision): string {
  let out = `第${formatNumeral(p.article)}条`;
  if (p.paragraph !== undefined) out += `第${formatNumeral(p.paragraph)}款`;
  if (p.item !== undefined) out += `第${formatNumeral(p.item)}项`;
  return out;
}

/**
 * Renders a structured legal basis canonically: the full title in one pair of 《》, the document number and
 * the edition each in brackets, every provision written out in Chinese numerals and joined by
 * 、, and the quote after a colon in “”. Parsing the rendering gives back the same instrument,
 * provisions and quote; rank, issuer and short title are derived from title and document
 * number, so they are not written.
 *
 * @example
 * ```ts
 * formatCitation({
 *   instrument: { title: '中华人民共和国传染病防治法', edition: '2013年修正' },
 *   provisions: [{ article: 12, paragraph: 2 }],
 * }); // '《中华人民共和国传染病防治法》(2013年修正)第十二条第二款'
 * ```
 */
export function formatCitation(
  basis: Pick<StructuredLegalBasis, 'instrument' | 'provisions' | 'quote'>,
): string {
  const { title, documentNumber, edition } = basis.instrument;
  let out = bookTitle(title);
  if (documentNumber !== undefined) out += `(${documentNumber})`;
  if (edition !== undefined) out += `(${edition})`;
  out += basis.provisions.map(formatProvision).join('、');
  if (basis.quote !== undefined) out += `：“${basis.quote}”`;
  return out;
}
