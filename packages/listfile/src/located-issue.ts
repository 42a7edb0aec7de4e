import type { Issue } from '@qingdan/core';

/**
 * An issue with where it is in a file: the file, and the line and column (1-based) of the
 * value the issue's path points at, where the format tells.
 *
 * @example
 * ```ts
 * const located: LocatedIssue = { ...issue, file: 'examples/lists/wuzu.yaml', line: 42, column: 7 };
 * ```
 */
export type LocatedIssue = Issue & {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
};
