/**
 * An instrument's title between book-title marks, as Chinese text names a law: 《…》 added only
 * when the title does not already carry them, since a list may write a structured basis's title
 * either way (`instrumentKey` holds 《传染病防治法》 and 传染病防治法 to be one instrument).
 *
 * @example
 * ```ts
 * bookTitle('传染病防治法'); // '《传染病防治法》'
 * bookTitle('《传染病防治法》'); // '《传染病防治法》'
 * ```
 */
export function bookTitle(title: string): string {
  const t = title.trim();
  return t.startsWith('《') && t.endsWith('》') ? t : `《${t}》`;
}
