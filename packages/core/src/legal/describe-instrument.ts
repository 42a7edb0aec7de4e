import type { Instrument } from '../model/legal-basis.js';
import { documentNumberFacts } from './document-number.js';
import { inferRank, type RankReasoning } from './infer-rank.js';
import { resolveTitle, titleKey } from './instrument-title.js';

/** An instrument as a citation names it, with why it has its rank and its key. */
export interface DescribedInstrument {
  readonly instrument: Instrument;
  readonly reasoning?: RankReasoning;
  readonly key: string;
}

const cache = new Map<string, DescribedInstrument>();
const cacheSize = 20_000;

function describe(
  written: string,
  documentNumber: string | undefined,
  edition: string,
): DescribedInstrument {
  const resolved = resolveTitle(written);
  const reasoning = inferRank(
    documentNumber ? { title: resolved.title, documentNumber } : { title: resolved.title },
  );
  const issuer = documentNumber ? documentNumberFacts(documentNumber)?.issuer : undefined;
  const instrument: Instrument = Object.freeze({
    title: resolved.title,
    ...(resolved.shortTitle ? { shortTitle: resolved.shortTitle } : {}),
    ...(reasoning ? { rank: reasoning.rank } : {}),
    ...(issuer ? { issuer } : {}),
    ...(documentNumber ? { documentNumber } : {}),
    ...(edition ? { edition } : {}),
  });
  const key = titleKey(resolved.title);
  return Object.freeze(reasoning ? { instrument, reasoning, key } : { instrument, key });
}

/**
 * The instrument a citation names — official title, short title, rank, issuer, document number
 * and edition — with the reasoning behind its rank and its key. Lists cite the same few
 * instruments over and over, so descriptions are remembered (and frozen, since they are shared).
 *
 * @example
 * ```ts
 * describeInstrument('传染病防治法', undefined, '2013年修正').instrument.title; // '中华人民共和国传染病防治法'
 * ```
 */
export function describeInstrument(
  written: string,
  documentNumber: string | undefined,
  edition: string,
): DescribedInstrument {
  const id =
    documentNumber === undefined && edition === ''
      ? written
      : `${written}\u0000${documentNumber ?? ''}\u0000${edition}`;
  const hit = cache.get(id);
  if (hit) return hit;
  if (cache.size >= cacheSize) cache.clear();
  const described = describe(written, documentNumber, edition);
  cache.set(id, described);
  return described;
}
