/**
 * A text made into a key (letters of any script, digits, `.`, `_`, `-`): other characters are
 * dropped or become `-`. Undefined when nothing usable is left.
 *
 * @example
 * ```ts
 * keyFromText('421127-XK-001'); // '421127-XK-001'
 * keyFromText('乡(镇)人民政府'); // '乡镇人民政府'
 * ```
 */
export function keyFromText(text: string): string | undefined {
  const key = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s/\\:：·]+/g, '-')
    .replace(/[^\p{L}\p{N}._-]/gu, '')
    .replace(/^[._-]+/, '')
    .slice(0, 128);
  return key === '' ? undefined : key;
}

/**
 * Gives out keys unique within one list: a key already given gets `-2`, `-3` … appended.
 *
 * @example
 * ```ts
 * const keys = new KeyRegistry();
 * keys.claim('A1'); // 'A1'
 * keys.claim('A1'); // 'A1-2'
 * ```
 */
export class KeyRegistry {
  readonly #taken = new Set<string>();

  /** Claims `key`, or the first free variant of it. */
  claim(key: string): string {
    let candidate = key;
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${key}-${n}`;
    this.#taken.add(candidate);
    return candidate;
  }
}
