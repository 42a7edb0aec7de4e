import { codeAt, isIdeograph } from './scan-chars.js';

/**
 * Marks that stand before or inside a citation without being part of it: the rank tags of power
 * lists (【法律】, 【行政法规】, 【地方性法规】 …) and the field labels some provinces export
 * (法律法规名称：, 依据文号：, 条款号：).
 */

/** Words a rank tag ends with: 【法律】 【行政法规】 【部门规章】 【规范性文件】 【其他】. */
const tagEndings = ['法律', '法规', '规章', '文件', '其他', '依据', '条例'];

/**
 * A table of the code units that start any of `words`: one typed-array read per position of a
 * scan, where a Set's look-up cost a hash. Read it at `c & 0xffff`: past the text's end
 * charCodeAt gives NaN, which would take a typed array off its fast path; 0 starts no word.
 */
function firstCodeTable(words: readonly string[]): Uint8Array {
  const t = new Uint8Array(0x10000);
  for (const w of words) t[w.charCodeAt(0)] = 1;
  return t;
}

const tagStarts = firstCodeTable(tagEndings);

/** Whether a rank tag may start with this code unit: a cheap test before {@link rankTagEnd}. */
export const mayStartTag = (c: number): boolean => c === 0x3010 || tagStarts[c & 0xffff] === 1;

function isTagText(s: string, from: number, to: number): boolean {
  if (to - from < 2 || to - from > 10) return false;
  const inner = s.slice(from, to).trim();
  return tagEndings.some((e) => inner.endsWith(e));
}

/**
 * The end of a rank tag at `p` — `【法律】`, or `法律】` whose opening bracket a cell lost — or -1.
 *
 * @example
 * ```ts
 * rankTagEnd('【行政法规】《草原防火条例》', 0); // 6
 * ```
 */
export function rankTagEnd(s: string, p: number): number {
  if (s.charCodeAt(p) === 0x3010) {
    const close = s.indexOf('】', p + 1);
    return close > 0 && isTagText(s, p + 1, close) ? close + 1 : -1;
  }
  // 法律】 at the start of a cell: the same tag without its 【
  for (const e of tagEndings) {
    if (!s.startsWith(e, p)) continue;
    const close = p + e.length;
    if (s.charCodeAt(close) === 0x3011) return close + 1;
  }
  return -1;
}

/** Labels before an instrument's title. */
const titleLabels = ['法律法规规章名称', '法律法规名称', '法规名称', '依据名称'];
const labelStarts = firstCodeTable(titleLabels);

/** Whether a title label may start with this code unit: a cheap test before {@link fieldLabelEnd}. */
export const mayStartLabel = (c: number): boolean => labelStarts[c & 0xffff] === 1;

/** Labels between a title and its provisions. */
export const numberLabels = ['依据文号', '文号'];
export const provisionLabels = ['条款号'];
/** The code units any field label starts with: most positions start none. */
const fieldLabelStarts = firstCodeTable([...titleLabels, ...numberLabels, ...provisionLabels]);

/**
 * The end of a field label and its colon at `p`, for one of `labels`, or -1.
 *
 * @example
 * ```ts
 * fieldLabelEnd('条款号:第四十六条', 0, provisionLabels); // 4
 * ```
 */
export function fieldLabelEnd(
  s: string,
  p: number,
  labels: readonly string[] = titleLabels,
): number {
  if (fieldLabelStarts[codeAt(s, p) & 0xffff] !== 1) return -1;
  for (const l of labels) {
    if (!s.startsWith(l, p)) continue;
    let j = p + l.length;
    while (s.charCodeAt(j) === 0x20) j++;
    if (s.charCodeAt(j) === 0x3a) return j + 1;
  }
  return -1;
}

/**
 * The end of a title written without marks after a title label (`法律法规名称:XX通知 依据文号:`):
 * everything up to the next field label, or -1 when no title label stands before `p` or no
 * field label follows within a title's length.
 *
 * @example
 * ```ts
 * labelledTitleEnd('法律法规名称:水利工程建设安全生产管理规定 依据文号:', 7); // 21
 * ```
 */
export function labelledTitleEnd(s: string, p: number): number {
  let b = p;
  while (b > 0 && s.charCodeAt(b - 1) === 0x20) b--;
  if (s.charCodeAt(b - 1) !== 0x3a) return -1;
  let a = b - 1;
  while (a > 0 && s.charCodeAt(a - 1) === 0x20) a--;
  if (!titleLabels.some((l) => a >= l.length && s.startsWith(l, a - l.length))) return -1;
  for (let j = p + 2; j < s.length && j - p < 100; j++) {
    const c = s.charCodeAt(j);
    if (c === 0x0a || c === 0x3b || c === 0x3002 || c === 0x300a) return -1;
    if (fieldLabelEnd(s, j, numberLabels) > 0 || fieldLabelEnd(s, j, provisionLabels) > 0) {
      let e = j;
      while (e > p && s.charCodeAt(e - 1) === 0x20) e--;
      return e;
    }
  }
  return -1;
}

/** The longest label before 依据 (不予行政处罚事项依据), in characters. */
const longestBasisLabel = 12;

/**
 * The end of a label that names the kind of basis following it — `保留依据 :`, `处罚事项依据:`,
 * `不予行政处罚事项依据《` — at `p`, or -1. The label is some ideographs ending in 依据, then a
 * colon or the 《 of a title; a bare 依据 is a lead word of the citation, not a label.
 *
 * @example
 * ```ts
 * basisLabelEnd('保留依据 : 国务院令第412号', 0); // 7
 * basisLabelEnd('依据《消防法》', 0); // -1
 * ```
 */
export function basisLabelEnd(s: string, p: number): number {
  for (let j = p; j < s.length && j - p <= longestBasisLabel; j++) {
    const c = s.charCodeAt(j);
    if (!isIdeograph(c)) return -1;
    if (c !== 0x4f9d || s.charCodeAt(j + 1) !== 0x636e || j === p) continue; // 依据
    let k = j + 2;
    while (s.charCodeAt(k) === 0x20) k++;
    if (s.charCodeAt(k) === 0x3a) {
      k++;
      while (s.charCodeAt(k) === 0x20) k++;
      return k;
    }
    return s.charCodeAt(k) === 0x300a ? k : -1;
  }
  return -1;
}
