import { leadingBoilerplate, placeFiller, trailingBoilerplate } from './boilerplate.js';
import { toSimplified } from './t2s.js';

// Numbering as published: "1", "1、", "1.", "(一)", "（1）", "第3项" at the start of a name. A bare
// number must be followed by a separator, so that "12345热线" keeps its number.
const numbering =
  /^(?:\s*(?:[(（][0-9一二三四五六七八九十百]+[)）]|[0-9一二三四五六七八九十百]+\s*[、.．:：)）]|[0-9]+\s+)\s*)+/u;
// Punctuation, symbols and spaces carry no meaning once the name is one string.
const punctuation = /[\p{P}\p{S}\s]/gu;

function stripLeading(text: string): string {
  let out = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const word of leadingBoilerplate)
      if (out.startsWith(word) && out.length > word.length) {
        out = out.slice(word.length);
        changed = true;
      }
  }
  return out;
}

function stripTrailing(text: string): string {
  for (const word of trailingBoilerplate)
    if (text.endsWith(word) && text.length > word.length) return text.slice(0, -word.length);
  return text;
}

/**
 * A duty's name made comparable: traditional characters made simplified, full-width and
 * half-width forms folded (NFKC), numbering, punctuation and spaces removed, and the boilerplate
 * of {@link leadingBoilerplate}, {@link trailingBoilerplate} and {@link placeFiller} set aside.
 * Never returns an empty string for a non-empty name: a name that is all boilerplate is kept.
 *
 * @example
 * ```ts
 * normaliseName('3、協助開展轄區內農村危房改造工作'); // '农村危房改造'
 * ```
 */
export function normaliseName(name: string): string {
  const folded = toSimplified(name.normalize('NFKC'))
    .replace(numbering, '')
    .replace(punctuation, '');
  let out = folded;
  for (const filler of placeFiller) out = out.split(filler).join('');
  out = stripTrailing(stripLeading(out));
  return out === '' ? folded : out;
}
