import { guessEncoding, type LikelyEncoding } from './guess-encoding.js';
import { firstInvalidUtf8 } from './utf8.js';

/**
 * An encoding of Unicode that text files come in: UTF-8, with or without a byte order mark, or
 * UTF-16 in either byte order, which only a byte order mark declares.
 *
 * @example
 * ```ts
 * const encoding: UnicodeEncoding = 'utf-16le';
 * ```
 */
export type UnicodeEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Bytes read as Unicode text, or where and why they could not be: the encoding tried (the one
 * a byte order mark declared, else UTF-8; UTF-32 is declared but never read), the offset of the
 * first byte that does not fit it, that byte's line and column (1-based; the column counts
 * UTF-16 code units, as the line and column of every other issue do), up to four bytes from it
 * in hexadecimal, and the encoding the bytes most likely are.
 *
 * @example
 * ```ts
 * const decoded: UnicodeDecoding = decodeUnicode(bytes);
 * if (!decoded.ok) console.log(`${decoded.line}:${decoded.column}`, decoded.likely);
 * ```
 */
export type UnicodeDecoding =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: UnicodeEncoding;
      readonly byteOrderMark: boolean;
    }
  | {
      readonly ok: false;
      readonly encoding: UnicodeEncoding | 'utf-32le' | 'utf-32be';
      readonly byteOrderMark: boolean;
      readonly offset: number;
      readonly line: number;
      readonly column: number;
      readonly bytes: string;
      readonly likely: LikelyEncoding;
    };

type Declared = { encoding: UnicodeEncoding | 'utf-32le' | 'utf-32be'; length: number };

/** The byte order marks, longest first: the UTF-32 LE mark begins with the UTF-16 LE one. */
function byteOrderMark(b: Uint8Array): Declared | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0)
    return { encoding: 'utf-32le', length: 4 };
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)
    return { encoding: 'utf-32be', length: 4 };
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/** The offset of the first UTF-16 code unit that is half a surrogate pair, or of an odd last byte. */
function firstInvalidUtf16(bytes: Uint8Array, littleEndian: boolean): number {
  const unit = (i: number) =>
    littleEndian
      ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8)
      : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
  const whole = bytes.length - (bytes.length % 2);
  for (let i = 0; i < whole; i += 2) {
    const u = unit(i);
    if (u >= 0xdc00 && u <= 0xdfff) return i;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < whole ? unit(i + 2) : -1;
      if (next < 0xdc00 || next > 0xdfff) return i;
      i += 2;
    }
  }
  return whole < bytes.length ? whole : -1;
}

const hex = (bytes: Uint8Array) =>
  [...bytes].map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

function failure(
  bytes: Uint8Array,
  declared: Declared | undefined,
  offset: number,
): UnicodeDecoding & { ok: false } {
  const encoding = declared?.encoding ?? 'utf-8';
  const start = declared?.length ?? 0;
  // What comes before the first bad byte is valid, so it decodes; it tells the line and column.
  const before =
    encoding === 'utf-32le' || encoding === 'utf-32be'
      ? ''
      : new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes.subarray(start, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return {
    ok: false,
    encoding,
    byteOrderMark: declared !== undefined,
    offset,
    line,
    column: before.length - lineStart + 1,
    bytes: hex(bytes.subarray(offset, offset + 4)),
    likely:
      declared === undefined
        ? guessEncoding(bytes)
        : encoding === 'utf-32le' || encoding === 'utf-32be'
          ? encoding
          : bytes[offset] === 0
            ? 'binary'
            : 'unknown',
  };
}

/** The offset of the first zero byte or zero code unit of a decoded body, or -1. */
function firstZero(body: Uint8Array, text: string, encoding: UnicodeEncoding): number {
  if (encoding === 'utf-8') return body.indexOf(0);
  const index = text.indexOf('\u0000');
  return index === -1 ? -1 : index * 2;
}

/**
 * Reads bytes as Unicode text, strictly: a byte order mark declares UTF-8 or UTF-16 (and is
 * not part of the text); without one the bytes must be UTF-8. Bytes that do not fit are never
 * turned into U+FFFD: the result says where the first of them is and what the bytes likely
 * are instead (GB18030/GBK, UTF-16 without a mark …). A zero byte (NUL) is never text — it is
 * what UTF-16 without a mark and binary files are full of — so it fails too. UTF-32 is
 * recognised by its mark, and refused. The spreadsheet reader and the list file reader both
 * start here.
 *
 * @example
 * ```ts
 * decodeUnicode(new TextEncoder().encode('事项')); // { ok: true, text: '事项', encoding: 'utf-8', byteOrderMark: false }
 * decodeUnicode(new Uint8Array([0x61, 0x0a, 0xca, 0xc2])); // { ok: false, line: 2, column: 1, likely: 'gb18030', … }
 * ```
 */
export function decodeUnicode(bytes: Uint8Array): UnicodeDecoding {
  const declared = byteOrderMark(bytes);
  const encoding = declared?.encoding ?? 'utf-8';
  const start = declared?.length ?? 0;
  if (encoding === 'utf-32le' || encoding === 'utf-32be') return failure(bytes, declared, 0);
  const body = bytes.subarray(start);
  let text: string;
  try {
    // ignoreBOM keeps a second mark as text, where the checks of the text will see it.
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const bad =
      encoding === 'utf-8'
        ? firstInvalidUtf8(body)
        : firstInvalidUtf16(body, encoding === 'utf-16le');
    const zero = body.indexOf(0);
    // For UTF-8, a zero byte before the first invalid one is the first byte that is not text.
    const first = encoding === 'utf-8' && zero !== -1 && zero < bad ? zero : bad;
    return failure(bytes, declared, start + Math.max(first, 0));
  }
  const zero = firstZero(body, text, encoding);
  if (zero !== -1) return failure(bytes, declared, start + zero);
  return { ok: true, text, encoding, byteOrderMark: declared !== undefined };
}
