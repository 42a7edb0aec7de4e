import { formatPath, makeIssue } from '@qingdan/core';
import type { FieldName } from '../layout/fields.js';
import type { ColumnRole } from '../layout/find-header.js';
import { compilePattern, profilePatterns, sheetPattern } from '../profile/pattern.js';
import type { Profile } from '../profile/profile.js';
import type { SheetIssue } from '../read/grid.js';
import { normaliseText } from '../text/normalise.js';

/**
 * The profile's patterns compiled once, and an issue for each that cannot be used: the rule for
 * a sheet by its name, and whether a row's first text is one the profile skips.
 */
export function compileProfile(profile: Profile | undefined, file: string) {
  const tests = new Map<string, (text: string) => boolean>();
  const issues: SheetIssue[] = [];
  for (const { path, source } of profile ? profilePatterns(profile) : []) {
    const compiled = compilePattern(source);
    if (compiled.ok) tests.set(path.join('.'), compiled.test);
    else
      issues.push({
        ...makeIssue('spreadsheet-profile-pattern-rejected', 'error', path, {
          field: formatPath(path),
          pattern: source,
          problem: compiled.problem,
        }),
        file,
      });
  }
  // A pattern that cannot be used matches nothing: its rule is left out, and said so above.
  const test = (path: string, text: string): boolean => tests.get(path)?.(text) ?? false;
  const sheetRule = (name: string) =>
    profile?.sheets?.find((rule, i) =>
      sheetPattern(rule.match) === undefined
        ? rule.match === name
        : test(`sheets.${i}.match`, name),
    );
  return { sheetRule, skip: (text: string) => test('skipRowsMatching', text), issues };
}

/**
 * The profile's column headers, normalised as headers are matched: those it maps to a field
 * (by lower-case header), and those it says to keep as extra columns whatever they look like.
 */
export function profileColumns(profile: Profile | undefined): {
  fields: Map<string, FieldName>;
  extraHeaders: Set<string>;
} {
  const fields = new Map<string, FieldName>();
  const extraHeaders = new Set<string>();
  for (const [header, field] of Object.entries(profile?.columns ?? {}))
    if (field === 'extra') extraHeaders.add(normaliseText(header));
    else fields.set(normaliseText(header).toLowerCase(), field);
  return { fields, extraHeaders };
}

/**
 * A table's columns with those the profile keeps as extra columns stripped of their field, so
 * that a header the importer would read as a field is kept as it is, as the profile says.
 */
export function keepProfileExtras(
  columns: readonly ColumnRole[],
  extraHeaders: ReadonlySet<string>,
): ColumnRole[] {
  return columns.map((c) => {
    if (!c.field || !extraHeaders.has(normaliseText(c.header))) return c;
    const { field: _f, level: _l, ...rest } = c;
    return { ...rest, reason: 'profile' as const };
  });
}
