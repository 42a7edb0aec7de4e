import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimmedSlice } from './scan-chars.js';

describe('trimmedSlice', () => {
  it('cuts what slice and trim cut, for every kind of white space JavaScript trims', () => {
    // every code unit trim removes, and some it keeps (U+0085, U+180E, U+200B)
    const spaces = [
      ...'\t\n\v\f\r \u00a0\u1680\u2000\u2005\u200a\u2028\u2029\u202f\u205f\u3000\ufeff',
      '\u0085',
      '\u180e',
      '\u200b',
    ];
    const char = fc.oneof(fc.constantFrom(...spaces), fc.constantFrom(...'《消防法》第五条'));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), fc.nat(12), fc.nat(12), (chars, a, b) => {
        const s = chars.join('');
        const start = Math.min(a, b, s.length);
        const end = Math.min(Math.max(a, b), s.length);
        expect(trimmedSlice(s, start, end)).toBe(s.slice(start, end).trim());
      }),
      { numRuns: 2000 },
    );
  });
});
