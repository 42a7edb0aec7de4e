import { decodeUnicode, type Issue, makeIssue, type Result } from '@qingdan/core';
import iconv from 'iconv-lite';

/**
 * What decoding a CSV file gives: its text and the encoding it was read in, or the issue
 * `spreadsheet-encoding-invalid` naming the encoding that failed.
 *
 * @example
 * ```ts
 * const decoded: DecodeResult = decodeText(bytes);
 * if (decoded.ok) decoded.value.text;
 * ```
 */
export type DecodeResult = Result<DecodedText, Issue<'spreadsheet-encoding-invalid'>>;

/**
 * The text of a file and the encoding it was read in.
 *
 * @example
 * ```ts
 * const decoded: DecodedText = { text: '事项名称', encoding: 'gb18030' };
 * ```
 */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
}

/**
 * The encodings a CSV may be named to be in (`--encoding`): the Unicode ones and the Chinese
 * ones published lists come in. A single-byte encoding such as Latin-1 decodes any bytes at all,
 * so GBK read as one would come out garbled without an error: it is not offered.
 *
 * @example
 * ```ts
 * csvEncodings.includes('gbk'); // true
 * csvEncodings.includes('latin1'); // false
 * ```
 */
export const csvEncodings = [
  'utf-8',
  'utf8',
  'utf-16le',
  'utf-16be',
  'gb18030',
  'gbk',
  'gb2312',
  'cp936',
  'big5',
] as const;

const decoded = (text: string, encoding: string): DecodeResult => ({
  ok: true,
  value: { text, encoding },
  warnings: [],
});
const undecodable = (encoding: string): DecodeResult => ({
  ok: false,
  issues: [makeIssue('spreadsheet-encoding-invalid', 'error', [], { encoding })],
});

/**
 * Decodes the bytes of a CSV file. Named encodings are used as given (any that iconv-lite
 * knows: `utf-8`, `gbk`, `gb18030`, `big5` …). Otherwise the core's `decodeUnicode`, which list
 * files are read with too, decides: a byte order mark, or bytes that are valid UTF-8; anything
 * else (no mark) is read as GB18030, which contains GBK and GB2312.
 * Bytes the encoding cannot read make the whole file fail rather than turn into `�`.
 *
 * @example
 * ```ts
 * decodeText(iconv.encode('事项名称', 'gbk')); // { ok: true, value: { text: '事项名称', encoding: 'gb18030' }, warnings: [] }
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding !== undefined) {
    const name = encoding.toLowerCase();
    if (!csvEncodings.some((known) => known === name) || !iconv.encodingExists(name))
      return undecodable(encoding);
    const text = iconv.decode(buffer, name);
    return text.includes('\ufffd') ? undecodable(encoding) : decoded(text, name);
  }
  const unicode = decodeUnicode(bytes);
  if (unicode.ok) return decoded(unicode.text, unicode.encoding);
  if (unicode.byteOrderMark) return undecodable(unicode.encoding);
  return decodeText(bytes, 'gb18030');
}
