/**
 * What bytes that are not UTF-8 most likely are:
 *
 * - `gb18030`: the Chinese national encodings, GB18030 and the GBK and GB2312 it contains (Big5
 *   text reads as these too, so it is named here as well);
 * - `utf-16le`, `utf-16be`, `utf-32le`, `utf-32be`: Unicode in wider units, told by where the
 *   zero bytes of ASCII characters fall;
 * - `binary`: zero bytes in no such pattern, not a text file at all;
 * - `unknown`: none of these.
 *
 * @example
 * ```ts
 * const likely: LikelyEncoding = 'gb18030';
 * ```
 */
export type LikelyEncoding =
  | 'gb18030'
  | 'utf-16le'
  | 'utf-16be'
  | 'utf-32le'
  | 'utf-32be'
  | 'binary'
  | 'unknown';

/** Enough of the file to see the pattern of zero bytes, and no more. */
const sample = 4096;

function zeroPattern(bytes: Uint8Array): LikelyEncoding | undefined {
  const n = Math.min(bytes.length, sample);
  const zeros = [0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i < n; i++)
    if (bytes[i] === 0) {
      zeros[i % 4] = (zeros[i % 4] as number) + 1;
      total++;
    }
  // Zero bytes past the sample, in text that looked like none of these: a binary file.
  if (total === 0) return bytes.indexOf(0, n) === -1 ? undefined : 'binary';
  // A stray zero byte or two in UTF-8 text fit any pattern: wider units need several to say so
  // (Chinese text in UTF-16 has one at each ASCII character: a tab, a digit, a line break).
  if (total < Math.min(8, Math.max(2, n >> 3))) return 'binary';
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  // In UTF-32 the highest byte of every unit is zero (no code point is above 0x10FFFF), and so
  // is the next for the characters of the Basic Multilingual Plane, nearly all of them: the last
  // two of each four in little-endian order, the first two in big-endian. Random bytes never
  // do that; UTF-16 of ASCII text zeroes every other byte, never two in a row.
  const units = n >> 2;
  if (units > 0 && z3 === units && z2 * 2 > units && z0 < units) return 'utf-32le';
  if (units > 0 && z0 === units && z1 * 2 > units && z3 < units) return 'utf-32be';
  // In UTF-16 an ASCII character has one zero byte, after it in little-endian order, before it
  // in big-endian order; a few CJK characters (U+4E00 一) put one on the other side. Random
  // bytes hold one zero in 256, split evenly: text needs more than twice that to be called
  // UTF-16, and nearly all on one side.
  const even = z0 + z2;
  const odd = z1 + z3;
  if (total * 128 >= n) {
    if (odd > even * 4) return 'utf-16le';
    if (even > odd * 4) return 'utf-16be';
  }
  return 'binary';
}

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    // A runtime without the encoding (built with small ICU) cannot tell; nor can we.
    return false;
  }
}

/**
 * Guesses the encoding of bytes that are not UTF-8, so that an error can tell the user what to
 * convert from. A guess, never used to decode: zero bytes in a pattern mean UTF-16 or UTF-32
 * without a byte order mark; bytes that read as GB18030 are taken for GB18030/GBK.
 *
 * @example
 * ```ts
 * guessEncoding(new Uint8Array([0xca, 0xc2, 0xcf, 0xee])); // 'gb18030' (事项 in GBK)
 * guessEncoding(new Uint8Array([0x69, 0, 0x64, 0])); // 'utf-16le'
 * ```
 */
export function guessEncoding(bytes: Uint8Array): LikelyEncoding {
  const zeros = zeroPattern(bytes);
  if (zeros !== undefined) return zeros;
  if (decodes(bytes, 'gb18030')) return 'gb18030';
  return 'unknown';
}
