import { traditionalPairs } from './traditional.js';

let table: Uint16Array | undefined;

/** Built on first use, so that importing the library costs nothing. */
function normalisationTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // Full-width ASCII (（）；，：．０-９ and so on) to half-width.
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20; // ideographic space
  t[0x00a0] = 0x20; // no-break space
  t[0xfe5d] = 0x3014; // ﹝ -> 〔
  t[0xfe5e] = 0x3015; // ﹞ -> 〕
  t[0xfe59] = 0x28; // ﹙ -> (
  t[0xfe5a] = 0x29; // ﹚ -> )
  t[0x3008] = 0x300a; // 〈 -> 《
  t[0x3009] = 0x300b; // 〉 -> 》
  t[0x3c] = 0x300a; // < -> 《
  t[0x3e] = 0x300b; // > -> 》
  t[0xff1c] = 0x300a; // ＜ -> 《
  t[0xff1e] = 0x300b; // ＞ -> 》
  t[0x301c] = 0x7e; // 〜 -> ~
  for (const pair of traditionalPairs.split(' ')) {
    if (pair.length === 2) t[pair.charCodeAt(0)] = pair.charCodeAt(1);
  }
  table = t;
  return t;
}

/**
 * One code unit normalised as {@link normaliseCitationText} does it.
 *
 * @example
 * ```ts
 * normaliseCode('條'.charCodeAt(0)) === '条'.charCodeAt(0); // true
 * ```
 */
export function normaliseCode(code: number): number {
  return normalisationTable()[code] ?? code;
}

/**
 * Normalises citation text code unit by code unit: traditional characters of legal usage to
 * simplified (條 -> 条), full-width punctuation and digits to half-width, 〈〉 and <> to 《》,
 * ﹝﹞ to 〔〕. The result has exactly the length of the input, so a span found in it is the
 * same span of the original text.
 *
 * @example
 * ```ts
 * normaliseCitationText('《傳染病防治法》第十二條（２０１３年修正）');
 * // '《传染病防治法》第十二条(2013年修正)'
 * ```
 */
export function normaliseCitationText(text: string): string {
  const t = normalisationTable();
  let changed = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (t[c] !== c) {
      changed = i;
      break;
    }
  }
  if (changed < 0) return text;
  // Most texts change in a few places: copy the stretches between them.
  let result = text.slice(0, changed);
  let from = changed;
  for (let i = changed; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const m = t[c] ?? c;
    if (m !== c) {
      if (i > from) result += text.slice(from, i);
      result += String.fromCharCode(m);
      from = i + 1;
    }
  }
  return from < text.length ? result + text.slice(from) : result;
}
