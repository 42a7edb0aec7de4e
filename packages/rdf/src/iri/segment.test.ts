import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iriSegment, segmentText } from './segment.js';

const wellFormed = fc.string({ unit: 'grapheme' });

describe('iriSegment', () => {
  it('reads back as the text it was made from', () => {
    fc.assert(
      fc.property(wellFormed, (text) => {
        expect(segmentText(iriSegment(text))).toBe(text);
      }),
    );
  });

  it('holds only unreserved ASCII and percent escapes, and is never a dot segment', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const segment = iriSegment(text);
        expect(segment).toMatch(/^(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+$/);
        expect(segment).not.toMatch(/^\.{1,2}$/);
      }),
    );
  });

  it('keeps keys as they are', () => {
    expect(iriSegment('JB-03.012_a')).toBe('JB-03.012_a');
    expect(iriSegment('a/b?c#d')).toBe('a%2Fb%3Fc%23d');
    expect(iriSegment('..')).toBe('%2E%2E');
    expect([iriSegment(''), iriSegment('_')]).toEqual(['_', '%5F']);
  });

  it('takes a short way with plain keys that encoding would leave as they are', () => {
    const plain = fc.string({ unit: fc.constantFrom(...'aZ09._~-'), minLength: 1 });
    fc.assert(
      fc.property(plain, (text) => {
        const encoded = /^(_|\.+)$/.test(text) ? undefined : encodeURIComponent(text);
        if (encoded !== undefined) expect(iriSegment(text)).toBe(encoded);
        else expect(iriSegment(text)).not.toBe(text);
      }),
    );
  });

  it('gives different texts different segments', () => {
    fc.assert(
      fc.property(wellFormed, wellFormed, (a, b) => {
        fc.pre(a !== b);
        expect(iriSegment(a)).not.toBe(iriSegment(b));
      }),
    );
  });
});
