import { type Issue, makeIssue, type PathSegment, type Severity } from '../issues/issue.js';
import type { IssueCode } from '../issues/issue-code.js';
import { codePointName, type TextHazard } from './characters.js';
import { findHazards, type HazardFinding } from './find-hazards.js';

/**
 * How each kind of character is reported, and why:
 *
 * - controls and bidirectional controls are errors: no list text needs them, and they can make
 *   what a reader sees differ from what is stored (a terminal retitled or cleared, a name shown
 *   in another order);
 * - lone surrogates are errors: such text is not Unicode, and no output can carry it unchanged;
 * - invisible characters are warnings: they come in with text copied from web pages and break
 *   matching and search, but they change nothing a reader sees and have honest uses (ZWJ, ZWNJ);
 * - U+FFFD is a warning: it is valid Unicode, but usually the trace of an earlier misreading, so
 *   the source is worth checking.
 */
const reported: { readonly [H in TextHazard]: { code: IssueCode; severity: Severity } } = {
  control: { code: 'text-control-character', severity: 'error' },
  bidi: { code: 'text-bidi-control', severity: 'error' },
  'lone-surrogate': { code: 'text-lone-surrogate', severity: 'error' },
  invisible: { code: 'text-invisible-character', severity: 'warning' },
  replacement: { code: 'text-replacement-character', severity: 'warning' },
};

/**
 * The issues of one text at a path: one per kind of hazard it holds, at its first occurrence,
 * with the code point, its position in the text (1-based, in characters) and how many there are.
 *
 * @example
 * ```ts
 * textHazardIssues('五祖镇\u202e清单', ['title']);
 * // [{ code: 'text-bidi-control', severity: 'error', path: ['title'], params: { codePoint: 'U+202E', position: 4, count: 1 } }]
 * ```
 */
export function textHazardIssues(text: string, path: readonly PathSegment[]): Issue[] {
  return findingIssues(findHazards(text), path);
}

function findingIssues(findings: readonly HazardFinding[], path: readonly PathSegment[]): Issue[] {
  return findings.map((f) => {
    const { code, severity } = reported[f.hazard];
    return makeIssue(code, severity, path, {
      codePoint: codePointName(f.codePoint),
      position: f.position,
      count: f.count,
    });
  });
}

/** A path as a chain back to the root: pushing a child copies nothing, however deep the input. */
interface PathNode {
  readonly parent: PathNode | undefined;
  readonly segment: PathSegment;
}

function pathOf(base: readonly PathSegment[], node: PathNode | undefined): PathSegment[] {
  const segments: PathSegment[] = [];
  for (let n = node; n !== undefined; n = n.parent) segments.push(n.segment);
  return [...base, ...segments.reverse()];
}

/**
 * Checks every text in a value read from a file — every string, at any depth, and every object
 * key — so that no field, however its schema declares it, escapes the check. The walk is
 * iterative (deeply nested input cannot overflow the stack) and visits each object once
 * (aliases in YAML may share them). Issues come in document order.
 *
 * @example
 * ```ts
 * textValueIssues({ duties: [{ name: 'a\u001b[2J' }] });
 * // [{ code: 'text-control-character', path: ['duties', 0, 'name'], … }]
 * ```
 */
export function textValueIssues(value: unknown, base: readonly PathSegment[] = []): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<object>();
  const stack: { value: unknown; at: PathNode | undefined }[] = [{ value, at: undefined }];
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: v, at } = next;
    if (typeof v === 'string') {
      const found = findHazards(v);
      if (found.length > 0) issues.push(...findingIssues(found, pathOf(base, at)));
      continue;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) continue;
    seen.add(v);
    // Children go on the stack last first, so that they come off it in document order; an
    // object's key is checked just before its value, at the same path.
    const children: { value: unknown; at: PathNode }[] = [];
    if (Array.isArray(v))
      for (let i = 0; i < v.length; i++)
        children.push({ value: v[i], at: { parent: at, segment: i } });
    else
      for (const [key, item] of Object.entries(v)) {
        const child = { parent: at, segment: key };
        children.push({ value: key, at: child }, { value: item, at: child });
      }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof children)[0]);
  }
  return issues;
}
