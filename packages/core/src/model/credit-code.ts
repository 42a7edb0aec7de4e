const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Whether a text is a well-formed unified social credit code (统一社会信用代码, GB 32100-2015):
 * 18 characters from the code's alphabet, the last one the check character of the first 17.
 *
 * @example
 * ```ts
 * isUnifiedSocialCreditCode('11421127011112345X'); // false: X is not in the alphabet
 * ```
 */
export function isUnifiedSocialCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(code.charAt(i));
    if (value < 0) return false;
    sum += value * (weights[i] ?? 0);
  }
  const check = (31 - (sum % 31)) % 31;
  return code.charAt(17) === alphabet.charAt(check);
}

/**
 * Completes 17 characters into a unified social credit code by appending the check character,
 * or returns undefined when a character is outside the alphabet. Useful to make test data.
 *
 * @example
 * ```ts
 * isUnifiedSocialCreditCode(withCreditCheckCharacter('11421127MB1234567')!); // true
 * ```
 */
export function withCreditCheckCharacter(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = alphabet.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * (weights[i] ?? 0);
  }
  return first17 + alphabet.charAt((31 - (sum % 31)) % 31);
}
