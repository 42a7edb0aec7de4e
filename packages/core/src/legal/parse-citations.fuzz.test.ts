import { attackText, cpuGrowth } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CitationParse } from './citation.js';
import { parseCitations } from './parse-citations.js';

/** Each property runs for a few seconds at most: a fuzz test bounded in time, not in runs. */
const budget = { interruptAfterTimeLimit: 4_000, numRuns: 100_000 } as const;

/** What citations are made of, and what breaks scanners: marks that open and never close. */
const fragment = fc.constantFrom(
  '《',
  '》',
  '〈',
  '第',
  '条',
  '款',
  '项',
  '之一',
  '十二',
  '3',
  '、',
  '；',
  '\n',
  '(',
  ')',
  '（',
  '）',
  '及其实施条例',
  '等法律法规',
  '规定',
  '根据',
  '和',
  '至',
  '“',
  '”',
  '①',
  '1、',
  '〔2019〕',
  '號',
  '《中华人民共和国消防法》',
  '第三十二条第一款第二项',
  '湖北省安全生产条例',
);

const hostile = fc.oneof(
  attackText(),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.oneof(fragment, attackText()), { maxLength: 40 }).map((a) => a.join('')),
  // One fragment many times over: what makes a scanner quadratic shows at this length.
  fc
    .tuple(
      fc.array(fragment, { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1_000, max: 20_000 }),
    )
    .map(([f, n]) => f.join('').repeat(Math.ceil(n / f.join('').length))),
);

/**
 * What is wrong with how a parse accounts for its text: every character must be in exactly one
 * piece, in order, and a citation's own text be that of its span. Collected, not asserted one
 * by one: a hundred thousand pieces make a hundred thousand checks.
 */
function unaccounted(text: string, parsed: CitationParse): string[] {
  const wrong: string[] = [];
  let at = 0;
  let issues = 0;
  for (const p of parsed.pieces) {
    if (p.span[0] !== at || p.span[1] <= p.span[0]) wrong.push(`piece at ${p.span} after ${at}`);
    if (p.kind === 'citation') {
      const [a, b] = p.citationSpan;
      if (a < p.span[0] || b > p.span[1])
        wrong.push(`citation span ${p.citationSpan} outside ${p.span}`);
      const written = text.slice(a, b).trim();
      if (p.basis.citation !== undefined && p.basis.citation !== written)
        wrong.push(`citation ${p.basis.citation} is not ${written}`);
    } else if (p.text !== text.slice(p.span[0], p.span[1])) wrong.push(`text of ${p.span}`);
    if (p.kind !== 'separator') issues += p.issues.length;
    at = p.span[1];
  }
  if (at !== text.length) wrong.push(`pieces end at ${at} of ${text.length}`);
  if (parsed.issues.length !== issues)
    wrong.push(`${parsed.issues.length} issues, pieces hold ${issues}`);
  return wrong;
}

describe('parseCitations, fuzzed', () => {
  it('never throws, never hangs, and accounts for every character of hostile text', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const parsed = parseCitations(text);
        expect(unaccounted(text, parsed)).toEqual([]);
      }),
      budget,
    );
  });

  it('reads 50,000 unclosed title marks in linear time (each of them used to scan to the end)', () => {
    const text = '《'.repeat(50_000);
    expect(unaccounted(text, parseCitations(text))).toEqual([]);
    // Ten times the marks: about ten times the CPU when linear, a hundred when each scans on.
    expect(cpuGrowth((n) => parseCitations('《'.repeat(n)), 5_000)).toBeLessThan(40);
  });
});
