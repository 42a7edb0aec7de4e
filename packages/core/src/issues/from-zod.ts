import type { z } from 'zod';
import { type Issue, makeIssue, type PathSegment } from './issue.js';
import { formatTexts } from './messages.js';

type ZodIssue = z.core.$ZodIssue;

function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

/**
 * A received value as a message quotes it: a scalar as it is, an object or array by its kind.
 * String() of an object can throw (one without a prototype) or print [object Object].
 */
function valueText(input: unknown): string {
  return input !== null && (typeof input === 'object' || typeof input === 'function')
    ? received(input)
    : String(input);
}

function pathOf(base: readonly PathSegment[], issue: ZodIssue): PathSegment[] {
  return [...base, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
}

/**
 * Turns zod's issues into the library's own, with stable codes and the values their zh/en
 * messages need. A union picks the branch that came closest, so that a misspelt field inside a
 * structured legal basis is reported as such, not as "matches no option".
 *
 * @example
 * ```ts
 * const result = dutyListSchema.safeParse(input, { reportInput: true });
 * if (!result.success) fromZodIssues(result.error.issues);
 * ```
 */
export function fromZodIssues(
  issues: readonly ZodIssue[],
  base: readonly PathSegment[] = [],
): Issue[] {
  return issues.flatMap((issue) => fromZodIssue(issue, base));
}

function fromZodIssue(issue: ZodIssue, base: readonly PathSegment[]): Issue[] {
  const path = pathOf(base, issue);
  const field = String(path[path.length - 1] ?? '');
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return [makeIssue('missing-field', 'error', path, { field })];
      return [
        makeIssue('invalid-type', 'error', path, {
          expected: issue.expected,
          received: received(issue.input),
        }),
      ];
    case 'unrecognized_keys':
      return issue.keys.map((key) =>
        makeIssue('unknown-field', 'error', [...path, key], { field: key }),
      );
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      const code = field === 'section' ? 'invalid-section' : 'invalid-value';
      return [makeIssue(code, 'error', path, { received: valueText(issue.input), allowed })];
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator !== undefined) {
        const name = issue.discriminator;
        const at = path[path.length - 1] === name ? path : [...path, name];
        const input = issue.input;
        const value =
          input !== null && typeof input === 'object'
            ? (input as Record<string, unknown>)[name]
            : input;
        if (value === undefined) return [makeIssue('missing-field', 'error', at, { field: name })];
        return [
          makeIssue('invalid-section', 'error', at, {
            received: valueText(value),
            allowed: ('options' in issue && Array.isArray(issue.options) ? issue.options : []).join(
              ', ',
            ),
          }),
        ];
      }
      const branches = issue.errors.filter((b) => b.length > 0);
      const closest = branches.reduce<readonly ZodIssue[] | undefined>(
        (best, b) => (best === undefined || score(b) < score(best) ? b : best),
        undefined,
      );
      if (closest) return fromZodIssues(closest, path);
      return [
        makeIssue('invalid-type', 'error', path, {
          expected: 'union',
          received: received(issue.input),
        }),
      ];
    }
    case 'too_small':
      return [
        makeIssue('too-small', 'error', path, {
          minimum: Number(issue.minimum),
          unit: issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '',
        }),
      ];
    case 'too_big':
      return [
        makeIssue('too-big', 'error', path, {
          maximum: Number(issue.maximum),
          unit: issue.origin === 'string' ? 'characters' : issue.origin === 'array' ? 'items' : '',
        }),
      ];
    // The other codes zod has, named so that a code a new zod brings fails to compile here.
    case 'invalid_format':
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
    case 'custom': {
      // A text field that shows nothing has a code of its own (see textSchema).
      if (issue.message === 'text-blank') return [makeIssue('text-blank', 'error', path)];
      const name =
        issue.message in formatTexts
          ? issue.message
          : issue.code === 'invalid_format'
            ? issue.format
            : issue.message;
      return [makeIssue('invalid-format', 'error', path, { format: name })];
    }
  }
}

/** Fewer and deeper issues mean a branch came closer to matching. */
function score(branch: readonly ZodIssue[]): number {
  const depth = Math.max(...branch.map((i) => i.path.length));
  const typeMismatchAtRoot = branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  return branch.length * 10 - depth + (typeMismatchAtRoot ? 1000 : 0);
}
