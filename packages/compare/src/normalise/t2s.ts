import { Converter } from 'opencc-js/t2cn';

// Building the converter loads its dictionaries (about 15 ms); do it once, on first use, so that
// importing the package costs nothing.
let converter: ((text: string) => string) | undefined;

/**
 * Converts traditional Chinese characters to simplified ones (OpenCC, Traditional → Mainland
 * China), leaving simplified text and other characters as they are.
 *
 * @example
 * ```ts
 * toSimplified('對違法建設的查處'); // '对违法建设的查处'
 * ```
 */
export function toSimplified(text: string): string {
  converter ??= Converter({ from: 't', to: 'cn' });
  return converter(text);
}
