/**
 * What each code unit is in a numeral, one typed-array read per character (the scanner reads
 * every character of every provision): 0–9 for a Chinese digit (〇 零 一 … 九 两), -1, -2 and -3
 * for the units 十 百 千, 20 for an Arabic digit, 127 for anything else. 64 KiB, built once.
 */
const numeralKinds = (() => {
  const t = new Int8Array(0x10000).fill(127);
  const digits: readonly (readonly [string, number])[] = [
    ['零', 0],
    ['〇', 0],
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['三', 3],
    ['四', 4],
    ['五', 5],
    ['六', 6],
    ['七', 7],
    ['八', 8],
    ['九', 9],
  ];
  for (const [c, v] of digits) t[c.charCodeAt(0)] = v;
  t[0x5341] = -1; // 十
  t[0x767e] = -2; // 百
  t[0x5343] = -3; // 千
  for (let c = 0x30; c <= 0x39; c++) t[c] = 20;
  return t;
})();

const unitValues = [0, 10, 100, 1000];

/**
 * The kind of a code unit in {@link numeralKinds}. Past the text's end charCodeAt gives NaN, and
 * `& 0xffff` makes it 0 (no numeral): a typed array read at NaN would leave the fast path.
 */
const kindOf = (c: number): number => numeralKinds[c & 0xffff] as number;

/**
 * Whether a code unit can be part of a numeral in a provision: an Arabic digit or a Chinese
 * numeral character (一 … 九, 〇, 零, 两, 十, 百, 千).
 *
 * @example
 * ```ts
 * isNumeralChar('十'.charCodeAt(0)); // true
 * ```
 */
export function isNumeralChar(code: number): boolean {
  return kindOf(code) !== 127;
}

/**
 * The value of a numeral as provisions write it: Arabic (`12`), Chinese with units (`十二`,
 * `一百零五`, `两千`), or Chinese digit by digit (`一〇五`). Undefined when it is not one.
 *
 * @example
 * ```ts
 * parseNumeral('二十二'); // 22
 * parseNumeral('12'); // 12
 * ```
 */
export function parseNumeral(text: string): number | undefined {
  return parseNumeralIn(text, 0, text.length);
}

/**
 * {@link parseNumeral} of `text.slice(start, end)`, without making the slice: the scanner reads
 * a numeral in every provision.
 *
 * @example
 * ```ts
 * parseNumeralIn('第二十二条', 1, 4); // 22
 * ```
 */
export function parseNumeralIn(whole: string, start: number, end: number): number | undefined {
  if (end <= start) return undefined;
  // One pass reads the numeral all three ways at once (Arabic, digit by digit, with units), as
  // which way it is written is known only at its end; the scanner reads one in every provision.
  let arabic = 0;
  let allArabic = true;
  let digits = 0;
  let allDigits = true;
  let hasUnit = false;
  let total = 0;
  let digit = -1;
  let lastUnit = 10_000;
  let unitsRead = true;
  for (let i = start; i < end; i++) {
    const c = whole.charCodeAt(i);
    const k = kindOf(c);
    if (k === 20) {
      arabic = arabic * 10 + (c - 0x30);
      allDigits = false;
      unitsRead = false;
      continue;
    }
    allArabic = false;
    if (k >= 0 && k <= 9) {
      digits = digits * 10 + k;
      if (digit > 0) unitsRead = false; // two digits in a row, as in 二三十
      digit = k;
    } else if (k < 0) {
      const u = unitValues[-k] as number;
      hasUnit = true;
      allDigits = false;
      if (u >= lastUnit || digit === 0) unitsRead = false;
      total += (digit < 0 ? 1 : digit) * u;
      digit = -1;
      lastUnit = u;
    } else {
      allDigits = false;
      unitsRead = false;
    }
  }
  if (allArabic) return arabic;
  if (!hasUnit) return allDigits ? digits : undefined;
  if (!unitsRead) return undefined;
  return digit > 0 ? total + digit : total;
}

const digitChars = '〇一二三四五六七八九';

/**
 * The Chinese numeral of a positive integer as laws number their provisions: 12 is 十二, 20 is
 * 二十, 105 is 一百零五, 110 is 一百一十.
 *
 * @example
 * ```ts
 * formatNumeral(105); // '一百零五'
 * ```
 */
export function formatNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) return String(n);
  const units = ['千', '百', '十', ''];
  const values = [1000, 100, 10, 1];
  let out = '';
  let zero = false;
  for (let i = 0; i < 4; i++) {
    const v = values[i] ?? 1;
    const d = Math.floor(n / v) % 10;
    if (d === 0) {
      if (out !== '') zero = true;
      continue;
    }
    if (zero) out += '零';
    zero = false;
    // 十二 rather than 一十二 when ten is the highest unit
    if (!(v === 10 && d === 1 && out === '')) out += digitChars[d];
    out += units[i];
  }
  return out;
}
