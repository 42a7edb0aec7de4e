import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumeral, parseNumeral } from './numerals.js';

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
});
