import { type Issue, makeIssue, type PathSegment } from '@qingdan/core';

const loneSurrogate = /\p{Surrogate}/u;

/**
 * Finds every text in a value that holds a lone UTF-16 surrogate: such text is not Unicode, no
 * RDF syntax can carry it, and publishing it would mean changing it. One issue per text, with
 * its path, so the user can mend the list file.
 *
 * @example
 * ```ts
 * loneSurrogateIssues({ title: 'a\ud800' }); // [{ code: 'unwritable-text', path: ['title'], … }]
 * ```
 */
export function loneSurrogateIssues(value: unknown, path: readonly PathSegment[] = []): Issue[] {
  // Almost every list has none: a walk that makes no paths finds that out first.
  if (path.length === 0 && !holdsLoneSurrogate(value)) return [];
  if (typeof value === 'string') {
    if (!loneSurrogate.test(value)) return [];
    const shown = value.replace(/\p{Surrogate}/gu, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    return [makeIssue('unwritable-text', 'error', path, { text: shown })];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => loneSurrogateIssues(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    const issues: Issue[] = [];
    for (const [key, v] of Object.entries(value)) {
      if (loneSurrogate.test(key))
        issues.push(makeIssue('unwritable-text', 'error', [...path, key], { text: key }));
      issues.push(...loneSurrogateIssues(v, [...path, key]));
    }
    return issues;
  }
  return [];
}

function holdsLoneSurrogate(value: unknown): boolean {
  // isWellFormed is the same test as the pattern's, several times faster on long text.
  if (typeof value === 'string') return !value.isWellFormed();
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  if (value !== null && typeof value === 'object') {
    const fields = value as Readonly<Record<string, unknown>>;
    for (const key of Object.keys(fields))
      if (!key.isWellFormed() || holdsLoneSurrogate(fields[key])) return true;
  }
  return false;
}
