/**
 * The line and column (1-based, columns in UTF-16 code units, as editors and the `yaml` package
 * count them) of each offset into a text, found in one pass over the text up to the last of
 * them.
 *
 * @example
 * ```ts
 * lineColumns('id: x\nkind: township\n', [10]).get(10); // { line: 2, column: 5 }
 * ```
 */
export function lineColumns(
  text: string,
  offsets: Iterable<number>,
): Map<number, { line: number; column: number }> {
  const sorted = [...new Set(offsets)].sort((a, b) => a - b);
  const out = new Map<number, { line: number; column: number }>();
  let line = 1;
  let lineStart = 0;
  for (const offset of sorted) {
    for (let next = text.indexOf('\n', lineStart); next !== -1 && next < offset; ) {
      line++;
      lineStart = next + 1;
      next = text.indexOf('\n', lineStart);
    }
    out.set(offset, { line, column: offset - lineStart + 1 });
  }
  return out;
}
