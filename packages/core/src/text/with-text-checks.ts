import type { Issue } from '../issues/issue.js';
import type { Result } from '../issues/result.js';
import { textValueIssues } from './hazard-issues.js';

/**
 * Parses file content with the parser given and checks its text too (see
 * {@link textValueIssues}): the text's issues come first, an error among them makes the result
 * invalid, and the parser's own issues follow. Every reader of a kind of file goes through
 * here, so none can forget the check.
 *
 * @example
 * ```ts
 * export function parseAmendments(input: unknown): Result<Amendment[]> {
 *   return withTextChecks(input, parseAmendmentShapes);
 * }
 * ```
 */
export function withTextChecks<T>(input: unknown, parse: (input: unknown) => Result<T>): Result<T> {
  const text = textValueIssues(input);
  const result = parse(input);
  if (text.length === 0) return result;
  if (!result.ok) return { ok: false, issues: [...text, ...result.issues] };
  const all: Issue[] = [...text, ...result.warnings];
  return text.some((i) => i.severity === 'error')
    ? { ok: false, issues: all }
    : { ok: true, value: result.value, warnings: all };
}
