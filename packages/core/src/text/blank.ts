/**
 * A character that shows: anything but whitespace and the invisible and bidirectional format
 * characters. Written without the `u` flag so that JSON Schema can carry it as a `pattern`.
 *
 * @example
 * ```ts
 * visibleCharacter.test('\u3000\u200b'); // false
 * ```
 */
export const visibleCharacter =
  /[^\s\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/;

/**
 * Whether a text shows nothing at all — empty, or only spaces (full-width ones too), line
 * breaks and zero-width characters — so that as a name or a title it names nothing.
 *
 * @example
 * ```ts
 * isBlankText(' \u3000\n'); // true
 * isBlankText('五祖镇'); // false
 * ```
 */
export function isBlankText(text: string): boolean {
  return !visibleCharacter.test(text);
}
