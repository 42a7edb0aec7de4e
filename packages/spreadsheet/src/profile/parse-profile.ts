import { makeIssue } from '@qingdan/core';
import { parse } from 'yaml';
import type { SheetIssue } from '../read/grid.js';
import { type Profile, profileSchema } from './profile.js';

/**
 * Reads a profile from YAML text; an invalid profile is an issue naming the field at fault.
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
  let data: unknown;
  try {
    data = parse(text);
  } catch (cause) {
    return {
      issue: {
        ...makeIssue('spreadsheet-profile-invalid', 'error', [], {
          reason: (cause as Error).message,
        }),
        file,
      },
    };
  }
  const parsed = profileSchema.safeParse(data ?? {});
  if (parsed.success) return { profile: parsed.data };
  const first = parsed.error.issues[0];
  const reason = `${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`;
  return {
    issue: {
      ...makeIssue(
        'spreadsheet-profile-invalid',
        'error',
        first?.path.filter((p) => typeof p !== 'symbol') ?? [],
        { reason },
      ),
      file,
    },
  };
}
