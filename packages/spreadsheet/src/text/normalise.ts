import * as OpenCC from 'opencc-js/t2cn';

const seen = new Map<string, string>();
let toSimplified: ((text: string) => string) | undefined;

/** Traditional to simplified, built on first use: the dictionaries are large. */
function simplified(text: string): string {
  toSimplified ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return toSimplified(text);
}

// Only text outside ASCII can hold traditional characters; skipping ASCII keeps headers cheap.
const hanOrFullWidth = /[^\x20-\x7e]/;

/**
 * The form of a text used for matching, never for storing: full-width folded to half-width
 * (NFKC), traditional characters to simplified, all whitespace (including line breaks inside a
 * cell) removed. `事項\n名稱` and `事项名称` match.
 *
 * @example
 * ```ts
 * normaliseText('事項\n名稱'); // '事项名称'
 * normaliseText('（一）'); // '(一)'
 * ```
 */
export function normaliseText(text: string): string {
  const known = seen.get(text);
  if (known !== undefined) return known;
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  const normal = hanOrFullWidth.test(folded) ? simplified(folded) : folded;
  // Headers, bodies and code-list labels repeat on every row: remember them, within bounds.
  if (seen.size >= 10_000) seen.clear();
  seen.set(text, normal);
  return normal;
}
