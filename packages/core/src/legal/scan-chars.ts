import { isNumeralChar } from './numerals.js';

/** Code units the scanner looks at, by name. */
export const ch = {
  open: 0x300a, // 《
  close: 0x300b, // 》
  di: 0x7b2c, // 第
  article: 0x6761, // 条
  paragraph: 0x6b3e, // 款
  item: 0x9879, // 项
  chapter: 0x7ae0, // 章
  section: 0x8282, // 节
  subItem: 0x76ee, // 目
  lparen: 0x28,
  rparen: 0x29,
  space: 0x20,
  colon: 0x3a,
  deng: 0x7b49, // 等
} as const;

/**
 * `s.charCodeAt(i)`, or -1 past the end of the text, where charCodeAt gives NaN; neither is any
 * character the scanner looks for. Used where a citation often ends the text and the character
 * after it is looked at: asked for one past the end, charCodeAt makes V8 drop the optimised code
 * and call it as a plain function at that place from then on, some twice as slow.
 *
 * @example
 * ```ts
 * codeAt('第五条', 3); // -1
 * ```
 */
export function codeAt(s: string, i: number): number {
  return i < s.length ? s.charCodeAt(i) : -1;
}

/** Whether a code unit is a space or tab. */
export const isSpace = (c: number): boolean => c === 0x20 || c === 0x09;

/** Separators that end a citation's quote: ；。 and line breaks. */
export function isHardSeparator(c: number): boolean {
  return c === 0x3b || c === 0x3002 || c === 0x0a || c === 0x0d;
}

/** Separators within a sentence: 、 , : and spaces. */
export function isSoftSeparator(c: number): boolean {
  return c === 0x3001 || c === 0x2c || c === 0x3a || c === 0x20 || c === 0x09 || c === 0xff64;
}

/** Whether a code unit is a CJK ideograph. */
export function isIdeograph(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3007;
}

/** Whether a code unit is a quotation mark that may stand inside a title (“三定”). */
export function isQuoteMark(c: number): boolean {
  return c === 0x201c || c === 0x201d || c === 0x22 || c === 0x2018 || c === 0x2019 || c === 0x27;
}

/** Whether String.prototype.trim removes this code unit: JavaScript's white space and line ends. */
function isTrimmed(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `s.slice(start, end).trim()` with one slice, not two: a citation's text is cut this way for
 * every citation.
 *
 * @example
 * ```ts
 * trimmedSlice('《消防法》第五条 ', 0, 9); // '《消防法》第五条'
 * ```
 */
export function trimmedSlice(s: string, start: number, end: number): string {
  while (start < end && isTrimmed(s.charCodeAt(start))) start++;
  while (end > start && isTrimmed(s.charCodeAt(end - 1))) end--;
  return s.slice(start, end);
}

/** Skips spaces and tabs. */
export function skipSpaces(s: string, p: number): number {
  while (p < s.length && isSpace(s.charCodeAt(p))) p++;
  return p;
}

/**
 * The end of a numbering mark at `p` (`1、` `2.` `3)` `(一)` `〔1〕` `[2]` `一、` `①` `⑴` `⒈`), or
 * -1 when there is none. Only called where a new citation may begin.
 */
export function enumeratorEnd(s: string, p: number): number {
  const c = s.charCodeAt(p);
  if (c >= 0x2460 && c <= 0x249b) return p + 1; // ① … ⒛
  if (c >= 0x2776 && c <= 0x2793) return p + 1; // ❶ …
  if (c === 0x28 || c === 0x3014 || c === 0x5b || c === 0x3010) {
    let j = p + 1;
    while (j < s.length && j - p <= 4 && isNumeralChar(s.charCodeAt(j))) j++;
    const close = s.charCodeAt(j);
    if (j > p + 1 && (close === 0x29 || close === 0x3015 || close === 0x5d || close === 0x3011)) {
      const after = s.charCodeAt(j + 1);
      return after === 0x3001 || after === 0x2e ? j + 2 : j + 1;
    }
    return -1;
  }
  if (isNumeralChar(c)) {
    let j = p;
    while (j < s.length && j - p <= 3 && isNumeralChar(s.charCodeAt(j))) j++;
    const mark = s.charCodeAt(j);
    const arabic = c >= 0x30 && c <= 0x39;
    if (mark === 0x3001) return j + 1; // 、
    if (arabic && (mark === 0x2e || mark === 0x29)) {
      const after = s.charCodeAt(j + 1);
      return after >= 0x30 && after <= 0x39 ? -1 : j + 1;
    }
  }
  return -1;
}

/**
 * The longest title, marks included, that a 《 may open. Real titles are far shorter (the
 * longest laws' run to some 60 characters); without a bound, a text of many 《 and no 》 made
 * every 《 scan to the end, and a 100,000-character cell took minutes.
 */
const longestTitle = 256;

/** The index of the 》 closing the 《 at `p`, counting nested titles, or -1. */
export function matchTitle(s: string, p: number): number {
  let depth = 0;
  const end = Math.min(s.length, p + longestTitle);
  for (let j = p; j < end; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x300a) depth++;
    else if (c === 0x300b && --depth === 0) return j;
    else if (c === 0x0a || c === 0x0d) {
      // 《……实施办法\n》: a line break the cell put just before the closing mark
      let k = j + 1;
      while (
        k < end &&
        (s.charCodeAt(k) === 0x0a || s.charCodeAt(k) === 0x0d || isSpace(s.charCodeAt(k)))
      )
        k++;
      // 《中华人民共和国森林\n法》: a line break a page's columns put inside a title, when the
      // next line is a short run of ideographs ending at the closing mark
      let m = k;
      while (m < end && m - k <= 8 && isIdeograph(s.charCodeAt(m))) m++;
      if (s.charCodeAt(m) !== 0x300b) return -1;
      j = k - 1;
    } else if (c === 0x3b) return -1;
  }
  return -1;
}

/** The index of the ) closing the ( at `p`, counting nested brackets, or -1. */
export function matchParen(s: string, p: number): number {
  let depth = 0;
  for (let j = p; j < s.length && j - p < 80; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x28) depth++;
    else if (c === 0x29 && --depth === 0) return j;
    else if (c === 0x0a) return -1;
  }
  return -1;
}
