import { formatPath, makeIssue, type PathSegment } from '@qingdan/core';
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { SheetIssue } from '../read/grid.js';
import { compilePattern, profilePatterns } from './pattern.js';
import { type Profile, profileSchema } from './profile.js';

/** The 1-based line of the YAML node at a path, or of the nearest node above it. */
function lineOf(
  doc: ReturnType<typeof parseDocument>,
  lines: LineCounter,
  path: readonly PathSegment[],
): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Reads a profile from YAML text; an invalid profile is an issue naming the field at fault and
 * the line it is on. A regular expression the importer cannot run in linear time, or that is no
 * regular expression at all, is refused here, before any file is read.
 *
 * @example
 * ```ts
 * const result = parseProfile('section: basic\ncolumns:\n  职责事项: name\n', 'p.yaml');
 * if ('issue' in result) console.log(result.issue); else result.profile.section; // 'basic'
 * ```
 */
export function parseProfile(
  text: string,
  file: string,
): { profile: Profile } | { issue: SheetIssue } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, logLevel: 'silent' });
  const at = (path: readonly PathSegment[]) => {
    const row = lineOf(doc, lines, path);
    return row === undefined ? { file } : { file, row };
  };
  let data: unknown;
  try {
    const error = doc.errors[0];
    if (error) throw error;
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (cause) {
    const row = (cause as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    return {
      issue: {
        ...makeIssue('spreadsheet-profile-invalid', 'error', [], {
          reason: (cause as Error).message,
        }),
        file,
        ...(row === undefined ? {} : { row }),
      },
    };
  }
  const parsed = profileSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const path = first?.path.filter((p) => typeof p !== 'symbol') ?? [];
    const reason = `${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`;
    return {
      issue: {
        ...makeIssue('spreadsheet-profile-invalid', 'error', path, { reason }),
        ...at(path),
      },
    };
  }
  for (const { path, source } of profilePatterns(parsed.data)) {
    const compiled = compilePattern(source);
    if (!compiled.ok)
      return {
        issue: {
          ...makeIssue('spreadsheet-profile-pattern-rejected', 'error', path, {
            field: formatPath(path),
            pattern: source,
            problem: compiled.problem,
          }),
          ...at(path),
        },
      };
  }
  return { profile: parsed.data };
}
