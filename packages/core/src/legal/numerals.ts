const digitValue = new Map<number, number>([
  [0x96f6, 0], // 零
  [0x3007, 0], // 〇
  [0x4e00, 1], // 一
  [0x4e8c, 2], // 二
  [0x4e24, 2], // 两
  [0x4e09, 3], // 三
  [0x56db, 4], // 四
  [0x4e94, 5], // 五
  [0x516d, 6], // 六
  [0x4e03, 7], // 七
  [0x516b, 8], // 八
  [0x4e5d, 9], // 九
]);
const unitValue = new Map<number, number>([
  [0x5341, 10], // 十
  [0x767e, 100], // 百
  [0x5343, 1000], // 千
]);

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
  return (code >= 0x30 && code <= 0x39) || digitValue.has(code) || unitValue.has(code);
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
  let arabic = 0;
  let allArabic = true;
  for (let i = start; i < end; i++) {
    const c = whole.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) arabic = arabic * 10 + (c - 0x30);
    else {
      allArabic = false;
      break;
    }
  }
  if (allArabic) return arabic;
  const text = whole.slice(start, end);
  let hasUnit = false;
  for (let i = 0; i < text.length; i++) if (unitValue.has(text.charCodeAt(i))) hasUnit = true;
  if (!hasUnit) {
    let value = 0;
    for (let i = 0; i < text.length; i++) {
      const d = digitValue.get(text.charCodeAt(i));
      if (d === undefined) return undefined;
      value = value * 10 + d;
    }
    return value;
  }
  let total = 0;
  let digit = -1;
  let lastUnit = 10_000;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const d = digitValue.get(c);
    if (d !== undefined) {
      if (digit > 0) return undefined; // two digits in a row, as in 二三十
      digit = d;
      continue;
    }
    const u = unitValue.get(c);
    if (u === undefined || u >= lastUnit) return undefined;
    total += (digit < 0 ? 1 : digit) * u;
    if (digit === 0) return undefined;
    digit = -1;
    lastUnit = u;
  }
  if (digit > 0) total += digit;
  return total;
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
