/**
 * The distinct character bigrams of a normalised name, as numbers (two code points packed into
 * one safe integer), sorted. A name of one character gives that character alone, so that it can
 * still match. Bigrams suit short Chinese texts: words are not separated, and two characters
 * carry most of a word.
 *
 * @example
 * ```ts
 * nameBigrams('危房改造').length; // 3: 危房 房改 改造
 * ```
 */
export function nameBigrams(normalised: string): number[] {
  const chars = Array.from(normalised, (c) => c.codePointAt(0) ?? 0);
  if (chars.length === 1) return [chars[0] ?? 0];
  const set = new Set<number>();
  for (let i = 0; i + 1 < chars.length; i++)
    set.add((chars[i] ?? 0) * 0x110000 + (chars[i + 1] ?? 0));
  return [...set].sort((a, b) => a - b);
}

/**
 * The Dice coefficient of two sorted sets of bigrams: twice the shared count over the sum of the
 * sizes, from 0 (nothing shared) to 1 (the same).
 *
 * @example
 * ```ts
 * dice(nameBigrams('农村危房改造'), nameBigrams('农村危房改造审核')); // 0.83…
 * ```
 */
export function dice(a: readonly number[], b: readonly number[]): number {
  if (a.length + b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}
