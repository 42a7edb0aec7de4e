const opening = new Set(['(', '（', '[', '【', '〔', '《']);
const closing = new Set([')', '）', ']', '】', '〕', '》']);
const separators = new Set(['、', '，', ',', '；', ';', '/', '／', '\n', '\r']);

/**
 * Splits a cell naming several bodies into one name per body, at 、，；/ and line breaks, but
 * never inside brackets, so `乡(镇)人民政府、街道办事处` gives two names and `县(市、区)应急局` one.
 *
 * @example
 * ```ts
 * splitBodies('乡(镇)人民政府、街道办事处'); // ['乡(镇)人民政府', '街道办事处']
 * ```
 */
export function splitBodies(cell: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of cell) {
    if (opening.has(ch)) depth++;
    else if (closing.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.has(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter((s) => s !== '');
}
