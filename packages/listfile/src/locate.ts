import type { PathSegment } from '@qingdan/core';
import type { ListFileFormat } from './file-format.js';
import { lineColumns } from './line-column.js';
import { locateJson } from './locate-json.js';
import { locateYaml } from './locate-yaml.js';
import { deepestFound, pathTrie } from './path-trie.js';

/**
 * Where a path was found in a file: the line and column (1-based) where the deepest value found
 * along it begins, and how many of its steps were found (an issue about a missing field points
 * at the object that lacks it; a path through a YAML alias stops at the alias).
 *
 * @example
 * ```ts
 * const at: Location = { line: 12, column: 5, depth: 2 };
 * ```
 */
export interface Location {
  readonly line: number;
  readonly column: number;
  readonly depth: number;
}

/**
 * Locates paths in the text of a JSON or YAML file that has been read: one more pass over the
 * text, made only when there are issues, which follows just the paths asked for and builds no
 * syntax tree, so it costs no more memory than reading did. Returns a function from each path
 * asked for to its {@link Location}, undefined where nothing of it was found.
 *
 * @example
 * ```ts
 * const at = locatePaths('id: x\nkind: township\n', 'yaml', [['kind']]);
 * at(['kind']); // { line: 2, column: 7, depth: 1 }
 * ```
 */
export function locatePaths(
  text: string,
  format: ListFileFormat,
  paths: readonly (readonly PathSegment[])[],
): (path: readonly PathSegment[]) => Location | undefined {
  const trie = pathTrie(paths);
  if (format === 'json') locateJson(text, trie);
  else locateYaml(text, trie);
  const found = paths.map((path) => deepestFound(trie, path));
  const at = lineColumns(
    text,
    found.filter((f) => f.offset >= 0).map((f) => f.offset),
  );
  return (path) => {
    const { offset, depth } = deepestFound(trie, path);
    const place = at.get(offset);
    return place ? { ...place, depth } : undefined;
  };
}
