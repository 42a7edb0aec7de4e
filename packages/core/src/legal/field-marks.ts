/**
 * Marks that stand before or inside a citation without being part of it: the rank tags of power
 * lists (【法律】, 【行政法规】, 【地方性法规】 …) and the field labels some provinces export
 * (法律法规名称：, 依据文号：, 条款号：).
 */

/** Words a rank tag ends with: 【法律】 【行政法规】 【部门规章】 【规范性文件】 【其他】. */
const tagEndings = ['法律', '法规', '规章', '文件', '其他', '依据', '条例'];

const tagStarts = new Set(tagEndings.map((e) => e.charCodeAt(0)));

/** Whether a rank tag may start with this code unit: a cheap test before {@link rankTagEnd}. */
export const mayStartTag = (c: number): boolean => c === 0x3010 || tagStarts.has(c);

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
const labelStarts = new Set(titleLabels.map((l) => l.charCodeAt(0)));

/** Whether a title label may start with this code unit: a cheap test before {@link fieldLabelEnd}. */
export const mayStartLabel = (c: number): boolean => labelStarts.has(c);

/** Labels between a title and its provisions. */
export const numberLabels = ['依据文号', '文号'];
export const provisionLabels = ['条款号'];

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
  for (const l of labels) {
    if (!s.startsWith(l, p)) continue;
    let j = p + l.length;
    while (s.charCodeAt(j) === 0x20) j++;
    if (s.charCodeAt(j) === 0x3a) return j + 1;
  }
  return -1;
}
