import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyRegistry, keyFromText } from './key.js';
import { normaliseText } from './normalise.js';
import { numberForKey } from './numbering.js';
import { splitBodies } from './split-bodies.js';

describe('numberForKey', () => {
  it.each([
    ['1', '1'],
    ['1、', '1'],
    ['1.', '1'],
    ['(一)', '1'],
    ['（12）', '12'],
    ['（十二）', '12'],
    ['二十三、', '23'],
    ['一百零五', '105'],
    ['第3项', '3'],
    ['2.3', '2.3'],
    ['007', '7'],
  ])('%s gives %s', (numbering, bare) => expect(numberForKey(numbering)).toBe(bare));

  it('is undefined for text that is not a numbering', () => {
    expect(numberForKey('森林防火')).toBeUndefined();
    expect(numberForKey('')).toBeUndefined();
  });

  it('reads every arabic numbering style back to its number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.constantFrom('%', '%、', '%.', '(%)', '（%）', '第%项'),
        (n, style) => numberForKey(style.replace('%', String(n))) === String(n),
      ),
    );
  });
});

describe('splitBodies', () => {
  it('splits at 、，；/ and line breaks, never inside brackets', () => {
    expect(splitBodies('乡(镇)人民政府、街道办事处')).toEqual(['乡(镇)人民政府', '街道办事处']);
    expect(splitBodies('县(市、区)应急局')).toEqual(['县(市、区)应急局']);
    expect(splitBodies('县林业局；县应急局\n县水务局')).toEqual([
      '县林业局',
      '县应急局',
      '县水务局',
    ]);
  });

  it('gives back names joined with 、', () => {
    const word = fc.stringMatching(/^[乡镇局办a-z]{1,4}$/);
    const inner = fc.stringMatching(/^[乡镇局、a-z]{0,4}$/);
    const name = fc
      .tuple(word, fc.option(inner), fc.constantFrom(['(', ')'], ['（', '）']), fc.option(word))
      .map(
        ([a, b, [open, close], c]) => `${a}${b === null ? '' : `${open}${b}${close}`}${c ?? ''}`,
      );
    fc.assert(
      fc.property(fc.array(name, { minLength: 1, maxLength: 5 }), (names) => {
        expect(splitBodies(names.join('、'))).toEqual(names);
      }),
    );
  });
});

describe('keys', () => {
  it('makes a valid key of any text that has a letter or digit', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const key = keyFromText(text);
        if (key !== undefined) expect(key).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u);
      }),
    );
  });

  it('keeps a published code as it is', () => {
    expect(keyFromText('421127-XK-001')).toBe('421127-XK-001');
  });

  it('never gives the same key twice', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('A', 'A-2', 'B', 'A-3')), (wanted) => {
        const keys = new KeyRegistry();
        const given = wanted.map((k) => keys.claim(k));
        expect(new Set(given).size).toBe(given.length);
      }),
    );
  });
});

describe('normaliseText', () => {
  it('matches traditional and simplified, full-width and half-width, with line breaks', () => {
    expect(normaliseText('事項\n名稱')).toBe('事项名称');
    expect(normaliseText('實施依據（法律）')).toBe('实施依据(法律)');
  });
});
