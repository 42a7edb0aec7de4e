/**
 * How many columns of a fixed-width grid a line of text takes: CJK and full-width characters
 * two, others one. Column widths in a workbook are counted in such columns.
 *
 * @example
 * ```ts
 * displayWidth('事项a'); // 5
 * ```
 */
export function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      ) || (ch.codePointAt(0) ?? 0) > 0xffff
        ? 2
        : 1;
  return width;
}
