import { type Duty, instrumentKey, isStructured } from '@qingdan/core';
import { toSimplified } from '../normalise/t2s.js';

/**
 * The provisions a duty cites, each as `instrumentKey#article`, so that a short and a full title
 * of the same instrument, in simplified or traditional characters, give the same key. A `cache`
 * from published title to instrument key saves the work when titles repeat. A basis that cites a whole instrument, or is still
 * text, gives none: an instrument alone says too little about which duty it is.
 *
 * @example
 * ```ts
 * provisionKeys(duty); // ['安全生产法#79', '消防法#31']
 * ```
 */
export function provisionKeys(duty: Duty, cache?: Map<string, string>): string[] {
  const keys = new Set<string>();
  for (const basis of duty.legalBases) {
    if (!isStructured(basis)) continue;
    const cached = cache?.get(basis.instrument.title);
    // A title in traditional characters names the same instrument as its simplified form.
    const instrument =
      cached ?? instrumentKey({ ...basis.instrument, title: toSimplified(basis.instrument.title) });
    if (cached === undefined) cache?.set(basis.instrument.title, instrument);
    for (const p of basis.provisions) keys.add(`${instrument}#${p.article}`);
  }
  return [...keys];
}
