import { decodeUnicode } from '@qingdan/core';
import iconv from 'iconv-lite';

/** The text of a CSV file, and the encoding it was read in; or the encoding that failed. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly encoding: string };

/**
 * Decodes the bytes of a CSV file. Named encodings are used as given (any that iconv-lite
 * knows: `utf-8`, `gbk`, `gb18030`, `big5` …). Otherwise the core's `decodeUnicode`, which list
 * files are read with too, decides: a byte order mark, or bytes that are valid UTF-8; anything
 * else (no mark) is read as GB18030, which contains GBK and GB2312.
 * Bytes the encoding cannot read make the whole file fail rather than turn into `�`.
 *
 * @example
 * ```ts
 * decodeText(iconv.encode('事项名称', 'gbk')); // { ok: true, text: '事项名称', encoding: 'gb18030' }
 * ```
 */
export function decodeText(bytes: Uint8Array, encoding?: string): DecodeResult {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (encoding !== undefined) {
    const name = encoding.toLowerCase();
    if (!iconv.encodingExists(name)) return { ok: false, encoding };
    const text = iconv.decode(buffer, name);
    return text.includes('\ufffd') ? { ok: false, encoding } : { ok: true, text, encoding: name };
  }
  const unicode = decodeUnicode(bytes);
  if (unicode.ok) return { ok: true, text: unicode.text, encoding: unicode.encoding };
  if (unicode.byteOrderMark) return { ok: false, encoding: unicode.encoding };
  return decodeText(bytes, 'gb18030');
}
