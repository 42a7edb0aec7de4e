const chineseDigits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 十二 → 12, 一百零五 → 105; undefined when the text is not a Chinese numeral. */
function chineseNumeral(text: string): number | undefined {
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const ch of text) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = chineseDigits[ch] ?? 0;
  }
  return total + digit;
}

const wrapper = /^[\s(（[【〔]*(.*?)[\s)）\]】〕、.．,，:：]*$/u;

/**
 * The bare number of a published numbering, for keys: `1`, `1、`, `1.`, `(一)`, `（1）`, `第3项`
 * all give digits; `2.3` keeps its dots. Undefined when the text is not a numbering. The
 * published form itself is kept on the duty as `number`.
 *
 * @example
 * ```ts
 * numberForKey('（十二）'); // '12'
 * numberForKey('3、'); // '3'
 * ```
 */
export function numberForKey(numbering: string): string | undefined {
  const inner = wrapper
    .exec(numbering.normalize('NFKC').trim())?.[1]
    ?.replace(/^第|[项條条]$/g, '');
  if (!inner) return undefined;
  if (/^\d+(?:[.-]\d+)*$/.test(inner)) return inner.replace(/^0+(?=\d)/, '');
  const n = chineseNumeral(inner);
  return n === undefined ? undefined : String(n);
}
