import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankText } from './blank.js';
import { decodeUnicode } from './decode-unicode.js';
import { escapeForTerminal } from './escape-for-terminal.js';
import { findHazards } from './find-hazards.js';
import { guessEncoding } from './guess-encoding.js';
import { textValueIssues } from './hazard-issues.js';
import { firstInvalidUtf8 } from './utf8.js';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, order: 'le' | 'be') => {
  const le = new Uint8Array(Buffer.from(text, 'utf16le'));
  if (order === 'le') return le;
  for (let i = 0; i + 1 < le.length; i += 2)
    [le[i], le[i + 1]] = [le[i + 1] as number, le[i] as number];
  return le;
};
/** 事项名称 in GBK, as a spreadsheet program on a Chinese Windows saves it. */
const gbk = [0xca, 0xc2, 0xcf, 0xee, 0xc3, 0xfb, 0xb3, 0xc6];

describe('findHazards', () => {
  it('finds each kind once, at its first occurrence, with a count', () => {
    expect(findHazards('乡镇\u001b]0;标题\u0007清单\u001b[2J')).toEqual([
      { hazard: 'control', index: 2, position: 3, codePoint: 0x1b, count: 3 },
    ]);
    expect(findHazards('a\u202eb\u200bc\ud800d\ufffd').map((f) => f.hazard)).toEqual([
      'bidi',
      'invisible',
      'lone-surrogate',
      'replacement',
    ]);
  });

  it('lets tab, line feed, CRLF and paired surrogates pass, but not a lone CR, DEL or C1', () => {
    expect(findHazards('第一行\r\n第二行\t𠀀')).toEqual([]);
    expect(findHazards('a\rb').map((f) => f.codePoint)).toEqual([0x0d]);
    expect(findHazards('\u007f')[0]?.hazard).toBe('control');
    expect(findHazards('\u009b31m')[0]?.hazard).toBe('control');
  });

  it('counts positions in characters, a surrogate pair being one', () => {
    expect(findHazards('𠀀\u200b')[0]?.position).toBe(2);
  });
});

describe('textValueIssues', () => {
  it('checks every string and every key at any depth, at its path, in document order', () => {
    const issues = textValueIssues({
      title: '清单\u202e',
      duties: [{ name: '事项', extra: { 'k\u0000': '\u200b' } }],
    });
    expect(issues.map((i) => [i.code, i.severity, i.path])).toEqual([
      ['text-bidi-control', 'error', ['title']],
      ['text-control-character', 'error', ['duties', 0, 'extra', 'k\u0000']],
      ['text-invisible-character', 'warning', ['duties', 0, 'extra', 'k\u0000']],
    ]);
    expect(issues[0]?.params).toEqual({ codePoint: 'U+202E', position: 3, count: 1 });
  });

  it('walks input nested far deeper than the call stack, and shared objects once', () => {
    let deep: unknown = '\u001b';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const issues = textValueIssues(deep);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toHaveLength(200_000);
    const shared = { name: '\u001b' };
    const cyclic: Record<string, unknown> = { a: shared, b: shared };
    cyclic.self = cyclic;
    expect(textValueIssues(cyclic)).toHaveLength(1);
  });
});

describe('escapeForTerminal', () => {
  it('shows controls, bidi, invisible characters and lone surrogates as escapes', () => {
    expect(escapeForTerminal('清单\u001b]0;pwned\u0007\u001b[2J')).toBe(
      '清单\\u001b]0;pwned\\u0007\\u001b[2J',
    );
    expect(escapeForTerminal('a\nb\tc\r')).toBe('a\\nb\\tc\\r');
    expect(escapeForTerminal('\u202e\u2066\u200b\ufeff\u009b\ud800')).toBe(
      '\\u202e\\u2066\\u200b\\ufeff\\u009b\\ud800',
    );
    expect(escapeForTerminal('五祖镇 𠀀 😀 �')).toBe('五祖镇 𠀀 😀 �');
  });

  it('leaves nothing a terminal acts on, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const shown = escapeForTerminal(text);
        expect(findHazards(shown).filter((f) => f.hazard !== 'replacement')).toEqual([]);
        for (const breaking of ['\n', '\t', '\u2028']) expect(shown).not.toContain(breaking);
      }),
    );
  });
});

describe('isBlankText', () => {
  it('is true for spaces of any width, line breaks and zero-width characters only', () => {
    for (const blank of ['', ' ', '\u3000', '\n\t', '\u200b\ufeff', '\u00a0'])
      expect(isBlankText(blank)).toBe(true);
    for (const shown of ['镇', ' a ', '\u001b']) expect(isBlankText(shown)).toBe(false);
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with a strict decoder on every byte string, and points at a bad byte', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const bad = firstInvalidUtf8(bytes);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(bad === -1).toBe(valid);
        // What comes before the bad byte is always UTF-8.
        if (bad > 0) expect(() => strict.decode(bytes.subarray(0, bad))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses overlong forms, encoded surrogates, code points past U+10FFFF and truncation', () => {
    for (const bytes of [
      [0xc0, 0x80],
      [0xe0, 0x80, 0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0x61, 0xe4, 0xb8],
    ])
      expect(firstInvalidUtf8(new Uint8Array(bytes))).toBeGreaterThanOrEqual(0);
  });
});

describe('decodeUnicode', () => {
  it('reads UTF-8 with and without a byte order mark, and says which', () => {
    expect(decodeUnicode(utf8('事项'))).toEqual({
      ok: true,
      text: '事项',
      encoding: 'utf-8',
      byteOrderMark: false,
    });
    expect(decodeUnicode(utf8('\ufeff事项'))).toEqual({
      ok: true,
      text: '事项',
      encoding: 'utf-8',
      byteOrderMark: true,
    });
  });

  it('reads UTF-16 in either byte order when a byte order mark declares it', () => {
    expect(decodeUnicode(utf16('\ufeffid: 事项\n', 'le'))).toMatchObject({
      ok: true,
      text: 'id: 事项\n',
      encoding: 'utf-16le',
    });
    expect(decodeUnicode(utf16('\ufeffid: 事项\n', 'be'))).toMatchObject({
      ok: true,
      text: 'id: 事项\n',
      encoding: 'utf-16be',
    });
  });

  it('locates the first byte that is not UTF-8 and names GB18030/GBK', () => {
    const bytes = new Uint8Array([...utf8('id: x\ntitle: 五祖'), ...gbk]);
    expect(decodeUnicode(bytes)).toEqual({
      ok: false,
      encoding: 'utf-8',
      byteOrderMark: false,
      offset: 19,
      line: 2,
      column: 10,
      bytes: 'CA C2 CF EE',
      likely: 'gb18030',
    });
  });

  it('locates a lone surrogate or an odd last byte in declared UTF-16, and refuses UTF-32', () => {
    const lone = new Uint8Array([...utf16('\ufeffa\n', 'le'), 0x00, 0xd8, 0x61, 0x00]);
    expect(decodeUnicode(lone)).toMatchObject({
      ok: false,
      encoding: 'utf-16le',
      offset: 6,
      line: 2,
      column: 1,
    });
    expect(decodeUnicode(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00]))).toMatchObject({
      ok: false,
      offset: 4,
    });
    expect(decodeUnicode(new Uint8Array([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).toMatchObject({
      ok: false,
      encoding: 'utf-32le',
      likely: 'utf-32le',
    });
  });

  it('takes a zero byte for no text: UTF-16 without a mark, or binary', () => {
    expect(decodeUnicode(utf16('id: x\n', 'le'))).toMatchObject({
      ok: false,
      offset: 1,
      line: 1,
      column: 2,
      likely: 'utf-16le',
    });
    expect(decodeUnicode(utf8('\ufeffa\u0000'))).toMatchObject({
      ok: false,
      offset: 4,
      likely: 'binary',
    });
    expect(decodeUnicode(utf16('\ufeffa\u0000', 'be'))).toMatchObject({ ok: false, offset: 4 });
    const late = new Uint8Array([...utf8('a'.repeat(5000)), 0]);
    expect(decodeUnicode(late)).toMatchObject({ ok: false, offset: 5000, likely: 'binary' });
  });

  it('never gives U+FFFD for bytes it could not read', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = decodeUnicode(bytes);
        if (decoded.ok) {
          const source = new TextDecoder(decoded.encoding, { ignoreBOM: true }).decode(
            bytes.subarray(decoded.byteOrderMark ? (decoded.encoding === 'utf-8' ? 3 : 2) : 0),
          );
          expect(decoded.text).toBe(source);
          expect(findHazards(decoded.text).map((f) => f.hazard)).not.toContain('lone-surrogate');
        } else expect(decoded.offset).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('guessEncoding', () => {
  it('tells GB18030/GBK, UTF-16 and UTF-32 without a mark, and binary', () => {
    expect(guessEncoding(new Uint8Array(gbk))).toBe('gb18030');
    expect(guessEncoding(utf16('id: x\ntitle: 清单\n', 'le'))).toBe('utf-16le');
    expect(guessEncoding(utf16('id: x\ntitle: 清单\n', 'be'))).toBe('utf-16be');
    expect(guessEncoding(new Uint8Array([0x69, 0, 0, 0, 0x64, 0, 0, 0]))).toBe('utf-32le');
    expect(guessEncoding(new Uint8Array([0, 0, 0, 0x69, 0, 0, 0, 0x64]))).toBe('utf-32be');
    expect(guessEncoding(new Uint8Array([0, 0, 1, 2, 0, 3, 0, 0, 9]))).toBe('binary');
    expect(guessEncoding(new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20]))).toBe('unknown');
  });

  it('takes random bytes for binary, never for UTF-16 or UTF-32', () => {
    // A fixed xorshift sequence: the same bytes every run. One byte in 256 is zero, in no
    // pattern; the guess once called one such file in eight UTF-32.
    let state = 0x9e3779b9;
    const next = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return state & 0xff;
    };
    const guesses = new Set<string>();
    for (let file = 0; file < 300; file++) {
      const bytes = Uint8Array.from({ length: 3000 }, next);
      guesses.add(guessEncoding(bytes));
    }
    expect([...guesses]).toEqual(['binary']);
  });

  it('tells UTF-32 of any text of the Basic Multilingual Plane, in either byte order', () => {
    const bmp = fc.integer({ min: 1, max: 0xd7ff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.array(bmp, { minLength: 2, maxLength: 200 }), (chars) => {
        const points = chars.map((c) => c.charCodeAt(0));
        const le = new Uint8Array(points.length * 4);
        const be = new Uint8Array(points.length * 4);
        const view = [new DataView(le.buffer), new DataView(be.buffer)] as const;
        points.forEach((p, i) => {
          view[0].setUint32(i * 4, p, true);
          view[1].setUint32(i * 4, p, false);
        });
        expect(guessEncoding(le)).toBe('utf-32le');
        expect(guessEncoding(be)).toBe('utf-32be');
      }),
    );
  });

  it('takes UTF-8 text with a stray zero byte for binary, not for UTF-16', () => {
    const text = new TextEncoder().encode(`id: x\ntitle: 清单\n${'duties: []\n'.repeat(20)}`);
    for (const at of [3, 4, 100]) {
      const bytes = Uint8Array.from(text);
      bytes[at] = 0;
      expect(guessEncoding(bytes)).toBe('binary');
    }
    expect(guessEncoding(new TextEncoder().encode('id: x\ntitle: 清\u0000单\n'))).toBe('binary');
    // Chinese in UTF-16 has few zero bytes, one at each ASCII character, and is still told.
    const cells = `${'黄梅县五祖镇履行职责事项清单\t'.repeat(40)}\n`;
    expect(guessEncoding(utf16(cells, 'le'))).toBe('utf-16le');
    expect(guessEncoding(utf16(cells, 'be'))).toBe('utf-16be');
  });
});
