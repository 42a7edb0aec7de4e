import { type KnownInstrument, knownInstruments } from './known-instruments.js';
import { normaliseCitationText, normaliseCode } from './normalise.js';

const prc = '中华人民共和国';

/** Characters that never tell two titles apart: title marks, quotes, spaces. */
function isIgnoredInKey(c: number): boolean {
  return (
    c === 0x300a || // 《
    c === 0x300b || // 》
    c === 0x201c || // “
    c === 0x201d || // ”
    c === 0x2018 || // ‘
    c === 0x2019 || // ’
    c === 0x22 || // "
    c === 0x27 || // '
    c === 0x300c || // 「
    c === 0x300d || // 」
    c === 0x300e || // 『
    c === 0x300f || // 』
    c <= 0x20
  );
}

/**
 * The comparable form of a title: normalised script and width, without title marks, quotes,
 * spaces or the 中华人民共和国 prefix.
 *
 * @example
 * ```ts
 * titleKey('《中華人民共和國傳染病防治法》'); // '传染病防治法'
 * ```
 */
export function titleKey(title: string): string {
  const s = normaliseCitationText(title);
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++)
    if (isIgnoredInKey(s.charCodeAt(i))) {
      if (i > from) out += s.slice(from, i);
      from = i + 1;
    }
  out = from === 0 ? s : out + s.slice(from);
  return out.startsWith(prc) ? out.slice(prc.length) : out;
}

let index: Map<string, KnownInstrument> | undefined;
/** The last code units of every known title and alias, to turn most lookups away quickly. */
let lastCharacters: Set<number> | undefined;

function knownIndex(): Map<string, KnownInstrument> {
  if (index) return index;
  const m = new Map<string, KnownInstrument>();
  for (const k of knownInstruments) {
    m.set(titleKey(k.title), k);
    if (k.shortTitle) m.set(titleKey(k.shortTitle), k);
    for (const a of k.aliases ?? []) m.set(titleKey(a), k);
  }
  lastCharacters = new Set([...m.keys()].map((k) => k.charCodeAt(k.length - 1)));
  index = m;
  return m;
}

/** Code units a title may end in: see {@link mayEndTitle}. */
let titleEnds: Uint8Array | undefined;

/**
 * Whether a title may end in this code unit, once normalised (條 as 条): the last character of a
 * known title or alias, one that keys ignore (quotes), or the last of 法, 条例, 细则, 规则, 规定,
 * 决定 and 通知. A run of text with no such character holds no title, and is turned away before
 * any lookup.
 *
 * @example
 * ```ts
 * mayEndTitle('法'.charCodeAt(0)); // true
 * mayEndTitle('助'.charCodeAt(0)); // false
 * ```
 */
export function mayEndTitle(code: number): boolean {
  if (!titleEnds) {
    knownIndex();
    const normalised = new Uint8Array(0x10000);
    for (const c of lastCharacters ?? []) normalised[c] = 1;
    for (let c = 0; c < 0x10000; c++) if (isIgnoredInKey(c)) normalised[c] = 1;
    for (const c of '法例则定知') normalised[c.charCodeAt(0)] = 1;
    // by the code unit as written, so that a caller need not normalise each one first
    const t = new Uint8Array(0x10000);
    for (let c = 0; c < 0x10000; c++) t[c] = normalised[normaliseCode(c)] as number;
    titleEnds = t;
  }
  return titleEnds[code] === 1;
}

/**
 * The instrument the table of known instruments holds under this title, short title or alias.
 *
 * @example
 * ```ts
 * findKnownInstrument('村委会组织法')?.title; // '中华人民共和国村民委员会组织法'
 * ```
 */
export function findKnownInstrument(title: string): KnownInstrument | undefined {
  const index = knownIndex();
  // Most lookups are of words that are no title at all, and their last character tells.
  const last = normaliseCode(title.charCodeAt(title.length - 1));
  if (!isIgnoredInKey(last) && !lastCharacters?.has(last)) return undefined;
  return index.get(titleKey(title));
}

/** Words ending in 法 that are not laws. */
const notLawEndings = [
  '办法',
  '方法',
  '做法',
  '立法',
  '司法',
  '执法',
  '违法',
  '合法',
  '依法',
  '本法',
];

/** Whether a title is that of a national law: laws, and only laws, end in 法. */
export function isLawTitle(title: string): boolean {
  return title.endsWith('法') && !notLawEndings.some((e) => title.endsWith(e));
}

/** A title in its normalised official form, with its short form where it has one. */
export interface ResolvedTitle {
  readonly title: string;
  readonly shortTitle?: string;
  readonly known?: KnownInstrument;
}

/** 三定 written with any quotes or none becomes “三定”. */
function normaliseSanding(title: string): string {
  const i = title.indexOf('三定');
  if (i < 0) return title;
  let start = i;
  let end = i + 2;
  const quote = (c: string | undefined) => c !== undefined && '"“”\'‘’「」'.includes(c);
  if (quote(title[start - 1])) start--;
  if (quote(title[end])) end++;
  return `${title.slice(0, start)}“三定”${title.slice(end)}`;
}

/**
 * Resolves a title as written to the official one: script, width and spaces normalised, a known
 * short title or alias replaced by the full title, and a law's title given its 中华人民共和国
 * prefix. The short title is the official title without that prefix, or the table's short form.
 *
 * @example
 * ```ts
 * resolveTitle('傳染病防治法'); // { title: '中华人民共和国传染病防治法', shortTitle: '传染病防治法', known }
 * ```
 */
export function resolveTitle(written: string): ResolvedTitle {
  let title = '';
  const s = normaliseCitationText(written);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x20) title += s[i];
  title = normaliseSanding(title);
  const known = findKnownInstrument(title);
  if (known) {
    const shortTitle =
      known.shortTitle ?? (known.title.startsWith(prc) ? known.title.slice(prc.length) : undefined);
    return shortTitle ? { title: known.title, shortTitle, known } : { title: known.title, known };
  }
  if (title.startsWith(prc) && title.length > prc.length)
    return { title, shortTitle: title.slice(prc.length) };
  if (isLawTitle(title) && title.length > 1) return { title: prc + title, shortTitle: title };
  return { title };
}
