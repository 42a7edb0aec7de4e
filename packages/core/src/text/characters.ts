/**
 * A kind of character that text read from a file should not hold:
 *
 * - `control`: C0 controls other than tab and line feed (a carriage return only before a line
 *   feed), DEL, and the C1 controls U+0080–U+009F. ESC starts the sequences that retitle or
 *   clear a terminal; U+009B is the same in eight bits.
 * - `bidi`: the bidirectional embeddings, overrides and isolates U+202A–U+202E and
 *   U+2066–U+2069, which make text show in another order than it is stored.
 * - `invisible`: zero-width and other invisible format characters — U+200B–U+200F, U+2060–U+2064,
 *   U+FEFF inside text, U+061C — which make two texts that look the same differ.
 * - `lone-surrogate`: half of a UTF-16 surrogate pair, which is not Unicode.
 * - `replacement`: U+FFFD, what decoders write for bytes they could not read.
 *
 * @example
 * ```ts
 * const hazard: TextHazard = 'bidi';
 * ```
 */
export type TextHazard = 'control' | 'bidi' | 'invisible' | 'lone-surrogate' | 'replacement';

type Range = readonly [number, number];

/** The code points of each kind, one place for the checks and for the terminal's escaping. */
const ranges: { readonly [H in Exclude<TextHazard, 'lone-surrogate'>]: readonly Range[] } = {
  control: [
    [0x00, 0x08],
    [0x0b, 0x1f],
    [0x7f, 0x9f],
  ],
  bidi: [
    [0x202a, 0x202e],
    [0x2066, 0x2069],
  ],
  invisible: [
    [0x061c, 0x061c],
    [0x200b, 0x200f],
    [0x2060, 0x2064],
    [0xfeff, 0xfeff],
  ],
  replacement: [[0xfffd, 0xfffd]],
};

const inRanges = (c: number, rs: readonly Range[]) => rs.some(([lo, hi]) => c >= lo && c <= hi);

/**
 * The kind of one UTF-16 code unit that is not part of a surrogate pair, or `undefined` when it
 * is harmless. Tab and line feed are harmless; a carriage return is a control here (the caller
 * lets one before a line feed pass).
 *
 * @example
 * ```ts
 * hazardOfCodeUnit(0x1b); // 'control'
 * hazardOfCodeUnit(0x4e8b); // undefined
 * ```
 */
export function hazardOfCodeUnit(c: number): TextHazard | undefined {
  if (c >= 0xd800 && c <= 0xdfff) return 'lone-surrogate';
  if (inRanges(c, ranges.control)) return 'control';
  if (inRanges(c, ranges.bidi)) return 'bidi';
  if (inRanges(c, ranges.invisible)) return 'invisible';
  if (inRanges(c, ranges.replacement)) return 'replacement';
  return undefined;
}

const hex4 = (c: number) => c.toString(16).padStart(4, '0');
const classOf = (rs: readonly Range[]) =>
  rs.map(([lo, hi]) => (lo === hi ? `\\u${hex4(lo)}` : `\\u${hex4(lo)}-\\u${hex4(hi)}`)).join('');

/**
 * Matches any code unit that may be a hazard (surrogates included, paired or not, and the
 * carriage return): a cheap first test, so that almost all text is never looked at closely.
 *
 * @example
 * ```ts
 * maybeHazard.test('事项名称'); // false
 * ```
 */
export const maybeHazard = new RegExp(
  `[\\r${classOf([...ranges.control, ...ranges.bidi, ...ranges.invisible, ...ranges.replacement])}\\ud800-\\udfff]`,
);

/**
 * What a terminal must never receive raw from user text: every control (tab, line feed and
 * carriage return too, since one piece of text must not make lines of its own), the
 * bidirectional controls, the invisible characters, the line and paragraph separators, and lone
 * surrogates. U+FFFD shows as what it is and is left alone.
 *
 * @example
 * ```ts
 * '\u001b]0;x\u0007'.replace(unsafeForTerminal, '?'); // '?]0;x?'
 * ```
 */
export const unsafeForTerminal = new RegExp(
  `[\\t\\n\\r${classOf([...ranges.control, ...ranges.bidi, ...ranges.invisible])}\\u2028\\u2029]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]`,
  'g',
);

/**
 * A code point as Unicode writes it.
 *
 * @example
 * ```ts
 * codePointName(0x1b); // 'U+001B'
 * ```
 */
export function codePointName(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;
}
