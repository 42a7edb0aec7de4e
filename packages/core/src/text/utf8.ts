/**
 * The offset of the first byte that does not begin a well-formed UTF-8 sequence (an invalid
 * byte, a truncated or overlong sequence, an encoded surrogate, a code point above U+10FFFF),
 * or -1 when all of them are UTF-8. Decoders only say that they failed; this says where.
 *
 * @example
 * ```ts
 * firstInvalidUtf8(new Uint8Array([0x61, 0xd5, 0xc5])); // 1 (GBK for 照 is not UTF-8)
 * firstInvalidUtf8(new TextEncoder().encode('事项')); // -1
 * ```
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The number of continuation bytes, and the range the first of them may take: narrower
    // after E0, ED, F0 and F4, to refuse overlong forms, surrogates and code points past U+10FFFF.
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    if (i + need >= n) return i;
    const first = bytes[i + 1] as number;
    if (first < lo || first > hi) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k] as number;
      if (c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}
