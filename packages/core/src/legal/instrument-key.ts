import type { Instrument } from '../model/legal-basis.js';
import { resolveTitle, titleKey } from './instrument-title.js';

/**
 * The identity of an instrument, the same however a list writes its title: short or full title
 * (传染病防治法 and 中华人民共和国传染病防治法), traditional or simplified characters, full- or
 * half-width punctuation, title marks, quotes and spaces do not count; the edition does not
 * either. Comparison and RDF IRIs use it.
 *
 * @example
 * ```ts
 * instrumentKey({ title: '《中華人民共和國傳染病防治法》' }) === instrumentKey({ title: '传染病防治法' }); // true
 * instrumentKey({ title: '村委会组织法' }); // '村民委员会组织法'
 * ```
 */
export function instrumentKey(instrument: Pick<Instrument, 'title'>): string {
  return titleKey(resolveTitle(instrument.title).title);
}
