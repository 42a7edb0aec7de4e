import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumeral, isNumeralChar, parseNumeral } from './numerals.js';

describe('numerals', () => {
  it('reads the forms provisions use', () => {
    expect(parseNumeral('十')).toBe(10);
    expect(parseNumeral('十二')).toBe(12);
    expect(parseNumeral('二十')).toBe(20);
    expect(parseNumeral('一百零五')).toBe(105);
    expect(parseNumeral('一百一十')).toBe(110);
    expect(parseNumeral('一百十')).toBe(110);
    expect(parseNumeral('两千')).toBe(2000);
    expect(parseNumeral('一〇五')).toBe(105);
    expect(parseNumeral('0012')).toBe(12);
    expect(parseNumeral('')).toBeUndefined();
    expect(parseNumeral('二三十')).toBeUndefined();
    expect(parseNumeral('十百')).toBeUndefined();
  });

  it('writes the canonical Chinese form', () => {
    expect([1, 10, 12, 20, 105, 110, 1000, 1254].map(formatNumeral)).toEqual([
      '一',
      '十',
      '十二',
      '二十',
      '一百零五',
      '一百一十',
      '一千',
      '一千二百五十四',
    ]);
  });

  it('reads back what it writes, and Arabic numerals alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(parseNumeral(formatNumeral(n))).toBe(n);
        expect(parseNumeral(String(n))).toBe(n);
      }),
    );
  });

  // The reader looks characters up in a table; these say what the table must hold, character by
  // character, as plainly as the rules are written.
  const chineseDigits = new Map(
    [...'零〇一二两三四五六七八九'].map((c, i) => [
      c,
      [0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9][i] as number,
    ]),
  );
  const chineseUnits = new Map([
    ['十', 10],
    ['百', 100],
    ['千', 1000],
  ]);
  const plainIsNumeral = (c: string) =>
    /^[0-9]$/.test(c) || chineseDigits.has(c) || chineseUnits.has(c);
  /** parseNumeral as the rules say it: Arabic digits, digit by digit, or digits and units. */
  function plainParse(text: string): number | undefined {
    if (text === '') return undefined;
    if (/^[0-9]+$/.test(text)) return Number(text);
    const chars = [...text];
    if (!chars.some((c) => chineseUnits.has(c))) {
      if (!chars.every((c) => chineseDigits.has(c))) return undefined;
      return chars.reduce((v, c) => v * 10 + (chineseDigits.get(c) as number), 0);
    }
    let total = 0;
    let digit = -1;
    let lastUnit = 10_000;
    for (const c of chars) {
      const d = chineseDigits.get(c);
      if (d !== undefined) {
        if (digit > 0) return undefined;
        digit = d;
        continue;
      }
      const u = chineseUnits.get(c);
      if (u === undefined || u >= lastUnit) return undefined;
      total += (digit < 0 ? 1 : digit) * u;
      if (digit === 0) return undefined;
      digit = -1;
      lastUnit = u;
    }
    return digit > 0 ? total + digit : total;
  }

  it('tells every code unit, and the end of a text, as the rules say', () => {
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c);
      expect(isNumeralChar(c), char).toBe(plainIsNumeral(char));
      expect(parseNumeral(char), char).toBe(plainParse(char));
    }
    // charCodeAt past a text's end
    expect(isNumeralChar(Number.NaN)).toBe(false);
  });

  it('reads any run of numeral characters as the rules say', () => {
    const numeralChar = fc.constantFrom(...'0123456789零〇一二两三四五六七八九十百千', 'x');
    fc.assert(
      fc.property(fc.array(numeralChar, { maxLength: 8 }), (chars) => {
        const text = chars.join('');
        expect(parseNumeral(text)).toBe(plainParse(text));
      }),
      { numRuns: 2000 },
    );
  });
});
