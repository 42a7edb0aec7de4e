import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { csvEncodings, decodeText } from './decode-text.js';

describe('decodeText', () => {
  const gbk = iconv.encode('事项名称,森林防火\n', 'gbk');

  it('reads GBK by detection and when named, and refuses it named as UTF-8', () => {
    expect(decodeText(gbk)).toMatchObject({ ok: true, value: { text: '事项名称,森林防火\n' } });
    expect(decodeText(gbk, 'GBK')).toMatchObject({ ok: true, value: { encoding: 'gbk' } });
    expect(decodeText(gbk, 'utf-8').ok).toBe(false);
  });

  it('refuses an encoding that would read Chinese as garbage without an error', () => {
    // Latin-1 decodes any byte: GBK read as it would be mojibake with no U+FFFD to catch.
    for (const name of ['latin1', 'windows-1252', 'shift_jis', 'nonesuch']) {
      const read = decodeText(gbk, name);
      expect(read.ok, name).toBe(false);
      // Named with the encoding the bytes do read in.
      if (!read.ok) expect(read.issues[0]?.params).toEqual({ encoding: name, readsAs: 'gb18030' });
    }
  });

  it('offers only encodings iconv knows', () => {
    for (const name of csvEncodings) expect(iconv.encodingExists(name), name).toBe(true);
  });
});
