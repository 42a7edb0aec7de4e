import {
  formatNumeral,
  isStructured,
  type LegalBasis,
  type Provision,
  parseCitations,
} from '@qingdan/core';
import type { Lang } from './i18n.js';

/**
 * An instrument a legal basis cites, with the provisions it names.
 *
 * @example
 * ```ts
 * const cited: CitedInstrument = { title: '中华人民共和国传染病防治法', provisions: [{ article: 12 }] };
 * ```
 */
export interface CitedInstrument {
  readonly title: string;
  readonly provisions: readonly Provision[];
}

/**
 * The instruments a legal basis cites: its own when structured, the ones `parseCitations` finds
 * in its text otherwise, so that a list citing laws in free text still links to their pages.
 *
 * @example
 * ```ts
 * citedInstruments({ text: '《村民委员会组织法》第二十一条' })[0]?.provisions; // [{ article: 21 }]
 * ```
 */
export function citedInstruments(basis: LegalBasis): readonly CitedInstrument[] {
  // A basis is read for the model, and for its duty's page in each language: parsed once.
  let cited = read.get(basis);
  if (!cited) {
    cited = isStructured(basis)
      ? [{ title: basis.instrument.title, provisions: basis.provisions }]
      : parseCitations(basis.text).citations.map((c) => ({
          title: c.basis.instrument.title,
          provisions: c.basis.provisions,
        }));
    read.set(basis, cited);
  }
  return cited;
}

const read = new WeakMap<LegalBasis, readonly CitedInstrument[]>();

/**
 * A provision as a reader writes it: 第十二条第二款 in Chinese, Art. 12(2) in English.
 *
 * @example
 * ```ts
 * provisionText({ article: 12, paragraph: 2 }, 'zh'); // '第十二条第二款'
 * provisionText({ article: 12, paragraph: 2 }, 'en'); // 'Art. 12(2)'
 * ```
 */
export function provisionText(p: Provision, lang: Lang): string {
  if (lang === 'en')
    return `Art. ${p.article}${p.paragraph !== undefined ? `(${p.paragraph})` : ''}${p.item !== undefined ? `(${p.item})` : ''}`;
  return (
    `第${formatNumeral(p.article)}条` +
    (p.paragraph !== undefined ? `第${formatNumeral(p.paragraph)}款` : '') +
    (p.item !== undefined ? `第（${formatNumeral(p.item)}）项` : '')
  );
}
