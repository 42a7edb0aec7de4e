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

interface TitleFacts {
  readonly title: string;
  readonly shortTitle: string | undefined;
  readonly key: string;
  readonly reasoning: RankReasoning | undefined;
}

interface NumberFacts {
  readonly reasoning: RankReasoning | undefined;
  readonly issuer: string | undefined;
}

const limit = 20_000;
const titles = new Map<string, TitleFacts>();
const numbers = new Map<string, Map<string, NumberFacts>>();

function remember<V>(map: Map<string, V>, id: string, make: () => V): V {
  const hit = map.get(id);
  if (hit) return hit;
  if (map.size >= limit) map.clear();
  const value = make();
  map.set(id, value);
  return value;
}

function titleFacts(written: string): TitleFacts {
  return remember(titles, written, () => {
    const { title, shortTitle } = resolveTitle(written);
    return { title, shortTitle, key: titleKey(title), reasoning: inferRank({ title }) };
  });
}

function numberFacts(title: string, documentNumber: string): NumberFacts {
  // by title, then by number: no key is built for each citation
  let byNumber = numbers.get(title);
  if (!byNumber) {
    if (numbers.size >= limit) numbers.clear();
    byNumber = new Map();
    numbers.set(title, byNumber);
  }
  return remember(byNumber, documentNumber, () => ({
    reasoning: inferRank({ title, documentNumber }),
    issuer: documentNumberFacts(documentNumber)?.issuer,
  }));
}

/**
 * The instrument a citation names — official title, short title, rank, issuer, document number
 * and edition — with the reasoning behind its rank and its key. Lists cite the same few
 * instruments over and over, so what a title and a document number tell is remembered.
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
  const t = titleFacts(written);
  const n = documentNumber === undefined ? undefined : numberFacts(t.title, documentNumber);
  const reasoning = n ? n.reasoning : t.reasoning;
  const instrument: { -readonly [K in keyof Instrument]: Instrument[K] } = { title: t.title };
  if (t.shortTitle !== undefined) instrument.shortTitle = t.shortTitle;
  if (reasoning) instrument.rank = reasoning.rank;
  if (n?.issuer !== undefined) instrument.issuer = n.issuer;
  if (documentNumber !== undefined) instrument.documentNumber = documentNumber;
  if (edition !== '') instrument.edition = edition;
  return reasoning ? { instrument, reasoning, key: t.key } : { instrument, key: t.key };
}
