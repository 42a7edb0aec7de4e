import type { Provision } from '../model/legal-basis.js';
import { isNumeralChar, parseNumeralIn } from './numerals.js';
import { ch, isIdeograph, skipSpaces } from './scan-chars.js';

/** A stretch of provision text that could not be read as article, paragraph and item. */
export interface InvalidProvision {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** What {@link scanProvisions} found: the provisions, where they end, and what it could not read. */
export interface ProvisionScan {
  readonly provisions: Provision[];
  readonly end: number;
  readonly invalid: InvalidProvision[];
}

interface Ref {
  readonly value: number | undefined;
  readonly unit: number;
  readonly end: number;
}

const isUnit = (c: number): boolean =>
  c === ch.article ||
  c === ch.paragraph ||
  c === ch.item ||
  c === ch.chapter ||
  c === ch.section ||
  c === ch.subItem;
const maxRange = 500;

/*
 * readsPastEnd: provisions often end the text, and each look at the character after them would
 * ask charCodeAt for one past the end. It gives NaN, which matches nothing, but V8 then drops
 * the optimised code and calls charCodeAt as a plain function at that place from then on, some
 * twice as slow; so the places reached at every text's end test the index first.
 */

/** A reference such as 第十二条, 第(五)项, 12条 (after a joining word) or (五) (an item). */
function refAt(s: string, p: number, needDi: boolean, allowBareItem: boolean): Ref | undefined {
  if (p >= s.length) return undefined; // see readsPastEnd
  let j = p;
  const di = s.charCodeAt(j) === ch.di;
  if (di) j = skipSpaces(s, j + 1);
  else if (needDi && !(allowBareItem && s.charCodeAt(j) === ch.lparen)) return undefined;
  const paren = s.charCodeAt(j) === ch.lparen;
  if (paren) j++;
  const numStart = j;
  while (j < s.length && isNumeralChar(s.charCodeAt(j))) j++;
  if (j === numStart || j - numStart > 8) return undefined;
  let value = parseNumeralIn(s, numStart, j);
  const broken = lineBrokenNumeralEnd(s, j);
  if (broken > 0) {
    // 第七\n十六条: a number a page's columns broke over two lines
    let after = j;
    while (!isNumeralChar(s.charCodeAt(after))) after++;
    const whole = s.slice(numStart, j) + s.slice(after, broken);
    value = parseNumeralIn(whole, 0, whole.length);
    j = broken;
  }
  if (paren) {
    if (s.charCodeAt(j) !== ch.rparen) return undefined;
    j++;
  }
  let k = skipSpaces(s, j);
  // 第二-款: a stray dash between the number and its unit, as typed in real cells
  if (isDash(s.charCodeAt(k)) && isUnit(s.charCodeAt(k + 1))) k++;
  const unit = s.charCodeAt(k);
  if (isUnit(unit)) return { value, unit, end: k + 1 };
  if (paren && !di && allowBareItem && !isEnumerator(s, numStart, j))
    return { value, unit: ch.item, end: j };
  return undefined;
}

/**
 * Where an article after a chapter's heading starts (`伤残抚恤关系转移“第十九条`), when a
 * heading of ideographs and perhaps an opening quotation mark stand before it; `p` otherwise.
 */
function chapterHeadingEnd(s: string, p: number): number {
  let j = p;
  while (j < s.length && j - p <= 16 && isIdeograph(s.charCodeAt(j)) && s.charCodeAt(j) !== ch.di)
    j++;
  if (j === p) return p;
  const c = s.charCodeAt(j);
  if (c === 0x201c || c === 0x22) j++; // “ "
  j = skipSpaces(s, j);
  return s.charCodeAt(j) === ch.di && refAt(s, j, true, false)?.unit === ch.article ? j : p;
}

/**
 * Whether a bare `(2)` after provisions numbers the next entry of the cell rather than an item:
 * Arabic digits, and a title follows (`第六十一条(2)《森林法》`), or the cell began with `(1)` and
 * ends here (`(1)《森林法》第五十五条(2)`).
 */
function isEnumerator(s: string, numStart: number, close: number): boolean {
  for (let k = numStart; k < close - 1; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x30 || c > 0x39) return false;
  }
  const next = skipSpaces(s, close);
  if (s.charCodeAt(next) === ch.open) return true;
  return next >= s.length && s.startsWith('(1)', skipSpaces(s, 0));
}

/**
 * Where a number continued after a line break ends (第三\n十八条), when the break stands right
 * after the first part and the second part is followed by a unit; otherwise -1.
 */
function lineBrokenNumeralEnd(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c !== 0x0a && c !== 0x0d) return -1;
  let k = p + 1;
  while (
    k < s.length &&
    (s.charCodeAt(k) === 0x0a || s.charCodeAt(k) === 0x0d || s.charCodeAt(k) === 0x20)
  )
    k++;
  const start = k;
  while (k < s.length && k - start <= 8 && isNumeralChar(s.charCodeAt(k))) k++;
  return k > start && isUnit(s.charCodeAt(k)) ? k : -1;
}

/** Where a bare number at `p` ends when the text or its sentence ends right after it, or -1. */
function bareTailEnd(s: string, p: number): number {
  let j = p;
  while (j < s.length && j - p <= 8 && isNumeralChar(s.charCodeAt(j))) j++;
  if (j === p) return -1;
  const c = s.charCodeAt(j);
  return j === s.length || c === 0x3002 || c === 0x3b || c === 0x0a || c === 0x0d ? j : -1;
}

const isDash = (c: number): boolean => c === 0x2d || c === 0x2014 || c === 0x2013;

/** A number in a run that shares one unit, and how it joins the one before. */
interface Shared {
  readonly value: number | undefined;
  readonly start: number;
  readonly join: 'list' | 'range';
}

/**
 * Numbers that share one unit: 第12、15、18条, 第十四、十六、二十一条, 第五至第八条,
 * 第二、三款. Returns the numbers, the unit and where it ends, or undefined when the run does
 * not end in a unit (第五、六 alone is no reference).
 */
function sharedAt(
  s: string,
  p: number,
  needDi: boolean,
): { refs: Shared[]; unit: number; end: number } | undefined {
  if (p >= s.length) return undefined; // see readsPastEnd
  let j = p;
  if (s.charCodeAt(j) === ch.di) j = skipSpaces(s, j + 1);
  else if (needDi) return undefined;
  const refs: Shared[] = [];
  let join: 'list' | 'range' = 'list';
  for (;;) {
    const start = j;
    while (j < s.length && j - start <= 8 && isNumeralChar(s.charCodeAt(j))) j++;
    if (j === start) return undefined;
    refs.push({ value: parseNumeralIn(s, start, j), start, join });
    const k = skipSpaces(s, j);
    const unit = s.charCodeAt(k);
    if (isUnit(unit)) return refs.length > 1 ? { refs, unit, end: k + 1 } : undefined;
    const list = sharedListAt(s, k);
    const range = list < 0 ? rangeJoinAt(s, k) : -1;
    if (list < 0 && range < 0) return undefined;
    join = list >= 0 ? 'list' : 'range';
    j = skipSpaces(s, list >= 0 ? list : range);
    if (s.charCodeAt(j) === ch.di) j = skipSpaces(s, j + 1);
    if (refs.length > 60) return undefined;
  }
}

/** 、 or , between numbers that share a unit. */
function sharedListAt(s: string, p: number): number {
  const c = s.charCodeAt(p);
  return c === 0x3001 || c === 0x2c ? p + 1 : -1;
}

/**
 * The provision being read. Its keys are only ever added in the order article, paragraph, item
 * (a paragraph after an item starts a new draft), and it is never changed once pushed, so it is
 * pushed as the provision itself: no copy per provision.
 */
type Draft = { article: number; paragraph?: number; item?: number };

/** The provision of `d`'s article and paragraph with this item: built whole, not spread. */
const withItem = (d: Draft, item: number): Draft =>
  d.paragraph !== undefined
    ? { article: d.article, paragraph: d.paragraph, item }
    : { article: d.article, item };

/** After a provision: 、 , 和 及 与 或 以及 join a list; 至 到 ~ - — – join a range. */
function listJoinAt(s: string, p: number): number {
  if (p >= s.length) return -1; // see readsPastEnd
  switch (s.charCodeAt(p)) {
    case 0x3001: // 、
    case 0x2c: // ,
    case 0x548c: // 和
    case 0x53ca: // 及
    case 0x4e0e: // 与
    case 0x6216: // 或
      return p + 1;
    case 0x4ee5: // 以及
      return s.charCodeAt(p + 1) === 0x53ca ? p + 2 : -1;
    default:
      return -1;
  }
}

function rangeJoinAt(s: string, p: number): number {
  if (p >= s.length) return -1; // see readsPastEnd
  switch (s.charCodeAt(p)) {
    case 0x81f3: // 至
    case 0x5230: // 到
    case 0x7e: // ~
    case 0x2d: // -
    case 0x2014: // —
    case 0x2013: // –
      return p + 1;
    default:
      return -1;
  }
}

/** What {@link scanProvisions} has built so far. */
interface ScanState {
  readonly provisions: Provision[];
  readonly invalid: InvalidProvision[];
  cur: Draft | undefined;
  joined: 'none' | 'list' | 'range';
  joinStart: number;
}

/** Applies one reference to the provision being built; false when it cannot stand here. */
function take(s: string, st: ScanState, r: Ref, from: number, to: number): boolean {
  const v = r.value;
  if (v === undefined || v < 1) {
    st.invalid.push({ text: s.slice(from, to), start: from, end: to });
  } else if (r.unit === ch.article) {
    if (st.joined === 'range' && st.cur && v > st.cur.article && v - st.cur.article <= maxRange) {
      st.provisions.push(st.cur);
      for (let a = st.cur.article + 1; a < v; a++) st.provisions.push({ article: a });
    } else {
      if (st.joined === 'range')
        st.invalid.push({ text: s.slice(st.joinStart, to), start: st.joinStart, end: to });
      if (st.cur) st.provisions.push(st.cur);
    }
    st.cur = { article: v };
  } else if (r.unit === ch.paragraph) {
    if (!st.cur) {
      // 第二-款 with no article before it: no provision, but not dropped either
      st.invalid.push({ text: s.slice(from, to), start: from, end: to });
      return true;
    }
    if (st.cur.paragraph !== undefined || st.cur.item !== undefined) {
      const from = st.cur.paragraph;
      st.provisions.push(st.cur);
      if (
        st.joined === 'range' &&
        from !== undefined &&
        st.cur.item === undefined &&
        v > from &&
        v - from <= maxRange
      )
        for (let q = from + 1; q < v; q++)
          st.provisions.push({ article: st.cur.article, paragraph: q });
      else if (st.joined === 'range')
        st.invalid.push({ text: s.slice(st.joinStart, to), start: st.joinStart, end: to });
      st.cur = { article: st.cur.article, paragraph: v };
    } else st.cur.paragraph = v;
  } else if (r.unit === ch.item) {
    if (!st.cur) {
      // 第二-款 with no article before it: no provision, but not dropped either
      st.invalid.push({ text: s.slice(from, to), start: from, end: to });
      return true;
    }
    if (st.cur.item !== undefined) {
      const from = st.cur.item;
      st.provisions.push(st.cur);
      const base = st.cur;
      if (st.joined === 'range' && v > from && v - from <= maxRange)
        for (let q = from + 1; q < v; q++) st.provisions.push(withItem(base, q));
      else if (st.joined === 'range')
        st.invalid.push({ text: s.slice(st.joinStart, to), start: st.joinStart, end: to });
      st.cur = withItem(base, v);
    } else st.cur.item = v;
  } else {
    // 章, 节, 目: no place for them in a provision; the citation text keeps them
    st.invalid.push({ text: s.slice(from, to), start: from, end: to });
  }
  return true;
}

/**
 * Reads provisions at `start`: 第四条第二款第五项, lists joined by 、 和 及, ranges 第二十条至第二十二条
 * (expanded to each article), Arabic or Chinese numerals, 第(五)项 and (五) for items. Returns
 * no provisions and `end === start` when there are none.
 *
 * @example
 * ```ts
 * scanProvisions('第二十条至第二十二条', 0).provisions; // [{ article: 20 }, { article: 21 }, { article: 22 }]
 * ```
 *
 * With `unmarked`, the first reference may lack its 第 when it names an article
 * (`四十九条第一款`, `49条`): callers pass it right after a title, where nothing else reads so.
 */
export function scanProvisions(s: string, start: number, unmarked = false): ProvisionScan {
  const st: ScanState = {
    provisions: [],
    invalid: [],
    cur: undefined,
    joined: 'none',
    joinStart: start,
  };
  let p = start;
  let end = start;
  let afterChapter = false;
  let lastUnit = 0;
  for (;;) {
    const bareFirst = unmarked && p === start && st.cur === undefined;
    const needDi = st.joined === 'none' && !afterChapter && !bareFirst;
    let single = refAt(s, p, needDi, st.cur !== undefined);
    // an unmarked first reference must name an article: 二款 or 三项 alone says too little
    if (single && bareFirst && s.charCodeAt(p) !== ch.di && single.unit !== ch.article)
      single = undefined;
    if (!single && bareFirst && s.charCodeAt(p) !== ch.di) break;
    // 第一条一款, 第四条二款三项: a smaller unit right after a larger one needs no 第 to be read
    if (!single && needDi && st.cur && p < s.length && isNumeralChar(s.charCodeAt(p))) {
      const r = refAt(s, p, false, false);
      if (
        r &&
        ((r.unit === ch.paragraph && lastUnit === ch.article) ||
          (r.unit === ch.item && (lastUnit === ch.article || lastUnit === ch.paragraph)))
      )
        single = r;
    }
    let unit: number;
    if (single) {
      if (!take(s, st, single, p, single.end)) break;
      end = single.end;
      unit = single.unit;
    } else {
      const shared = sharedAt(s, p, needDi);
      if (!shared) {
        // 第八条、六十、七十九条、八十一: a last number with no unit, ending the cell or its
        // sentence, is one more article of the list
        const tail = st.joined === 'list' && lastUnit === ch.article ? bareTailEnd(s, p) : -1;
        if (tail > 0) {
          take(s, st, { value: parseNumeralIn(s, p, tail), unit: ch.article, end: tail }, p, tail);
          end = tail;
        }
        break;
      }
      let taken = true;
      for (let i = 0; i < shared.refs.length && taken; i++) {
        const x = shared.refs[i] as Shared;
        if (i > 0) {
          st.joined = x.join;
          st.joinStart = x.start;
        }
        taken = take(s, st, { value: x.value, unit: shared.unit, end: shared.end }, p, shared.end);
      }
      if (!taken) break;
      end = shared.end;
      unit = shared.unit;
    }
    afterChapter = unit === ch.chapter || unit === ch.section;
    lastUnit = unit;
    // 第十二条之一 is an article inserted after the twelfth: no integer names it
    if (
      unit === ch.article &&
      end < s.length &&
      s.charCodeAt(end) === 0x4e4b &&
      isNumeralChar(s.charCodeAt(end + 1))
    ) {
      let j = end + 1;
      while (j < s.length && isNumeralChar(s.charCodeAt(j))) j++;
      st.invalid.push({ text: s.slice(p, j), start: p, end: j });
      st.cur = undefined;
      end = j;
    }
    const q = skipSpaces(s, end);
    const list = listJoinAt(s, q);
    if (list >= 0) {
      st.joined = 'list';
      p = skipSpaces(s, list);
      continue;
    }
    const range = rangeJoinAt(s, q);
    if (range >= 0) {
      st.joined = 'range';
      st.joinStart = q;
      p = skipSpaces(s, range);
      continue;
    }
    st.joined = 'none';
    p = q;
    // 第四章伤残抚恤关系转移“第十九条: a chapter's heading between the chapter and its article
    if (afterChapter) p = chapterHeadingEnd(s, p);
  }
  if (st.cur) st.provisions.push(st.cur);
  return { provisions: st.provisions, end, invalid: st.invalid };
}
