import type { Instrument } from '../model/legal-basis.js';

/**
 * The identity of an instrument, the same however a list writes its title: brackets, spaces
 * and the 中华人民共和国 prefix do not count. Comparison and RDF IRIs use it.
 *
 * @example
 * ```ts
 * instrumentKey({ title: '《中华人民共和国传染病防治法》' }) === instrumentKey({ title: '传染病防治法' }); // true
 * ```
 */
export function instrumentKey(instrument: Pick<Instrument, 'title'>): string {
  return instrument.title
    .normalize('NFKC')
    .replace(/[《》〈〉\s]/g, '')
    .replace(/^中华人民共和国/, '');
}
