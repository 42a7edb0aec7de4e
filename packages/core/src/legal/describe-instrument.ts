import type { Instrument } from '../model/legal-basis.js';
import { documentNumberFacts } from './document-number.js';
import { type RankReasoning, rankByFacts, type TitleRank, titleRank } from './infer-rank.js';
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
  /** The rank the title tells with no document number. */
  readonly reasoning: RankReasoning | undefined;
  readonly rank: TitleRank;
}

/** What a document number tells, whatever the title: its rank, if it shows one, and its issuer. */
interface NumberFacts {
  readonly reasoning: RankReasoning | undefined;
  readonly issuer: string | undefined;
}

/**
 * How many titles and numbers are remembered. Small on purpose: a list's instruments repeat
 * within a few hundred, while a large Map that fills with numbers seen once and is cleared costs
 * far more per look-up than it saves (measured: some 400 ns against 170 ns at a thousand).
 */
const limit = 1024;
const titles = new Map<string, TitleFacts>();
const numbers = new Map<string, NumberFacts>();

/** What `map` remembers for `id`, made and remembered on first sight; cleared when full. */
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
    const rank = titleRank(title);
    return { title, shortTitle, key: titleKey(title), reasoning: rank.before ?? rank.after, rank };
  });
}

// By number alone: a number's facts do not depend on the title, and a title's rules are kept
// in its TitleFacts. A number is read afresh in some 200 ns, so the memory of numbers is kept to
// the first 1,024 and then left as it is: clearing it when full, as lists cite many numbers once
// each, turned a thousand entries that had outlived the young generation into garbage each time.
function numberFacts(documentNumber: string): NumberFacts {
  const hit = numbers.get(documentNumber);
  if (hit) return hit;
  const facts = documentNumberFacts(documentNumber);
  const read: NumberFacts = {
    reasoning: documentNumber && facts ? rankByFacts(facts) : undefined,
    issuer: facts?.issuer,
  };
  if (numbers.size < limit) numbers.set(documentNumber, read);
  return read;
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
  const n = documentNumber === undefined ? undefined : numberFacts(documentNumber);
  // as inferRank orders its rules: the title's first, then the number's, then the title's last
  const reasoning = n ? (t.rank.before ?? n.reasoning ?? t.rank.after) : t.reasoning;
  const instrument: { -readonly [K in keyof Instrument]: Instrument[K] } = { title: t.title };
  if (t.shortTitle !== undefined) instrument.shortTitle = t.shortTitle;
  if (reasoning) instrument.rank = reasoning.rank;
  if (n?.issuer !== undefined) instrument.issuer = n.issuer;
  if (documentNumber !== undefined) instrument.documentNumber = documentNumber;
  if (edition !== '') instrument.edition = edition;
  return reasoning ? { instrument, reasoning, key: t.key } : { instrument, key: t.key };
}
