import { RE2JS } from 're2js';
import type { Profile } from './profile.js';

/**
 * Why a profile's regular expression cannot be used (the `problem` of a
 * `spreadsheet-profile-pattern-rejected` issue).
 *
 * @example
 * ```ts
 * const problem: PatternProblem = 'unsupported';
 * ```
 */
export type PatternProblem = 'invalid' | 'unsupported' | 'too-complex';

/**
 * A profile's regular expression, compiled for a matcher that runs in linear time.
 *
 * @example
 * ```ts
 * const compiled = compilePattern('^(注|说明)');
 * if (compiled.ok) compiled.test('注：本清单…'); // true
 * ```
 */
export type CompiledPattern =
  | { readonly ok: true; readonly test: (text: string) => boolean }
  | { readonly ok: false; readonly problem: PatternProblem };

/**
 * How many characters of a cell a profile's pattern sees: what a skip or sheet rule looks at is
 * a cell's start, and a bound on the text is a bound on the time.
 *
 * @example
 * ```ts
 * compilePattern('x$').ok && compilePattern('x$').test(`${'a'.repeat(matchedLength)}x`); // false
 * ```
 */
export const matchedLength = 1000;
/** RE2's own measure of a pattern's cost; counted repetitions are what drive it up. */
const maxProgramSize = 2000;

/**
 * Compiles a profile's regular expression with RE2 (re2js, pure JavaScript), whose matching time
 * grows linearly with the text whatever the pattern, so `^(a+)+$` cannot stall an import as it
 * does with JavaScript's backtracking engine. Patterns RE2 cannot run (backreferences,
 * lookaround) and patterns whose program is too large are refused; only the first
 * {@link matchedLength} characters of a text are matched.
 *
 * @example
 * ```ts
 * compilePattern('(a)\\1'); // { ok: false, problem: 'unsupported' }
 * ```
 */
export function compilePattern(source: string): CompiledPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(source);
  } catch (cause) {
    if (/repeat count|too large/i.test(String((cause as Error).message)))
      return { ok: false, problem: 'too-complex' };
    try {
      // Compiling (never running) a JavaScript pattern tells a typo from a feature RE2 lacks.
      new RegExp(source);
      return { ok: false, problem: 'unsupported' };
    } catch {
      return { ok: false, problem: 'invalid' };
    }
  }
  if (re.programSize() > maxProgramSize) return { ok: false, problem: 'too-complex' };
  return { ok: true, test: (text) => re.test(text.slice(0, matchedLength)) };
}

/**
 * The regular expressions of a profile, each with its path in the profile: sheet rules written
 * between slashes, and `skipRowsMatching`.
 *
 * @example
 * ```ts
 * profilePatterns({ skipRowsMatching: '^注' }); // [{ path: ['skipRowsMatching'], source: '^注' }]
 * ```
 */
export function profilePatterns(
  profile: Profile,
): { readonly path: (string | number)[]; readonly source: string }[] {
  const found: { path: (string | number)[]; source: string }[] = [];
  profile.sheets?.forEach((rule, i) => {
    const source = sheetPattern(rule.match);
    if (source !== undefined) found.push({ path: ['sheets', i, 'match'], source });
  });
  if (profile.skipRowsMatching !== undefined)
    found.push({ path: ['skipRowsMatching'], source: profile.skipRowsMatching });
  return found;
}

/**
 * The regular expression of a sheet rule's `match` written between slashes, or undefined for a
 * sheet name matched exactly.
 *
 * @example
 * ```ts
 * sheetPattern('/协助/'); // '协助'
 * sheetPattern('说明'); // undefined
 * ```
 */
export function sheetPattern(match: string): string | undefined {
  return /^\/(.*)\/$/.exec(match)?.[1];
}
