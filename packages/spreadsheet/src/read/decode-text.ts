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
const undecodable = (encoding: string, readsAs?: string): DecodeResult => ({
  ok: false,
  issues: [
    makeIssue('spreadsheet-encoding-invalid', 'error', [], {
      encoding,
      ...(readsAs === undefined ? {} : { readsAs }),
    }),
  ],
});

/**
 * Decodes the bytes of a CSV file. Named encodings are used as given (any that iconv-lite
 * knows: `utf-8`, `gbk`, `gb18030`, `big5` …). Otherwise the core's `decodeUnicode`, which list
 * files are read with too, decides: a byte order mark, or bytes that are valid UTF-8; anything
 * else (no mark) is read as GB18030, which contains GBK and GB2312.
 * Bytes the encoding cannot read make the whole file fail rather than turn into `�`; when the
 * encoding named fails and detection reads the file, the issue names the encoding it reads in
 * (`readsAs`).
 *
 * @example
 * ```ts
 * decodeText(iconv.encode('事项名称', 'gbk')); // { ok: true, value: { text: '事项名称', encoding: 'gb18030' }, warnings: [] }
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodeResult {
  if (encoding === undefined) return detected(bytes) ?? undecodable('gb18030');
  const name = encoding.toLowerCase();
  const text = known(name) ? decodeAs(bytes, name) : undefined;
  if (text !== undefined) return decoded(text, name);
  // The encoding named is wrong or unknown: the one the bytes do read in is named with it.
  const detection = detected(bytes);
  return undecodable(encoding, detection?.ok ? detection.value.encoding : undefined);
}

const known = (name: string) => csvEncodings.some((k) => k === name) && iconv.encodingExists(name);

/** The text of the bytes in `name`, or undefined when a byte does not fit it. */
function decodeAs(bytes: Uint8Array, name: string): string | undefined {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name);
  return text.includes('\ufffd') ? undefined : text;
}

/** The bytes read in the encoding their byte order mark or content says; undefined when none fits. */
function detected(bytes: Uint8Array): DecodeResult | undefined {
  const unicode = decodeUnicode(bytes);
  if (unicode.ok) return decoded(unicode.text, unicode.encoding);
  if (unicode.byteOrderMark) return undecodable(unicode.encoding);
  const text = decodeAs(bytes, 'gb18030');
  return text === undefined ? undefined : decoded(text, 'gb18030');
}
