import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isUnifiedSocialCreditCode, withCreditCheckCharacter } from './credit-code.js';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const first17 = fc
  .array(fc.constantFrom(...alphabet), { minLength: 17, maxLength: 17 })
  .map((c) => c.join(''));

describe('unified social credit codes', () => {
  it('accepts a known real code', () => {
    // A government body's code (prefix 11) whose check character was computed independently.
    expect(isUnifiedSocialCreditCode('11100000MB0143028R')).toBe(true);
  });

  it('accepts every code completed with its check character', () => {
    fc.assert(
      fc.property(first17, (s) => isUnifiedSocialCreditCode(withCreditCheckCharacter(s) ?? '')),
    );
  });

  it('rejects any single changed character', () => {
    fc.assert(
      fc.property(first17, fc.nat({ max: 17 }), fc.constantFrom(...alphabet), (s, at, c) => {
        const code = withCreditCheckCharacter(s) ?? '';
        fc.pre(code[at] !== c);
        const changed = code.slice(0, at) + c + code.slice(at + 1);
        expect(isUnifiedSocialCreditCode(changed)).toBe(false);
      }),
    );
  });

  it('rejects wrong lengths and letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(isUnifiedSocialCreditCode('11100000MB0143028')).toBe(false);
    expect(isUnifiedSocialCreditCode('11100000MB0143O28R')).toBe(false);
    expect(withCreditCheckCharacter('11100000MB0143S28')).toBeUndefined();
  });
});
