import iconv from 'iconv-lite';

/** The text of a CSV file, and the encoding it was read in; or the encoding that failed. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly encoding: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes the bytes of a CSV file. Named encodings are used as given (any that iconv-lite
 * knows: `utf-8`, `gbk`, `gb18030`, `big5` …). Otherwise: a byte order mark decides; bytes that
 * are valid UTF-8 are UTF-8; anything else is read as GB18030, which contains GBK and GB2312.
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
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeText(bytes.subarray(3), 'utf-8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeText(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeText(bytes.subarray(2), 'utf-16be');
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return decodeText(bytes, 'gb18030');
  }
}
