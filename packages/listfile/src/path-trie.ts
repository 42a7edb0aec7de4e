import type { PathSegment } from '@qingdan/core';

/**
 * The paths issues point at, merged into a tree, so that one pass over a file's text can note
 * where each of them, and each step towards them, begins. `offset` is where the value at this
 * path begins in the text, or -1 while it has not been found.
 *
 * @example
 * ```ts
 * const trie = pathTrie([['duties', 3, 'offices'], ['id']]);
 * trie.children.get('duties')?.children.get(3); // the node of ['duties', 3]
 * ```
 */
export interface PathTrie {
  readonly children: Map<PathSegment, PathTrie>;
  offset: number;
}

/**
 * Merges paths into a {@link PathTrie}, every offset unknown.
 *
 * @example
 * ```ts
 * pathTrie([['a', 0], ['a', 1]]).children.get('a')?.children.size; // 2
 * ```
 */
export function pathTrie(paths: Iterable<readonly PathSegment[]>): PathTrie {
  const root: PathTrie = { children: new Map(), offset: -1 };
  for (const path of paths) {
    let node = root;
    for (const segment of path) {
      let next = node.children.get(segment);
      if (!next) {
        next = { children: new Map(), offset: -1 };
        node.children.set(segment, next);
      }
      node = next;
    }
  }
  return root;
}

/**
 * Where the deepest value found along a path begins (-1 when not even the root was found) and
 * how many steps of the path were found: an issue about a missing field points at the object
 * that lacks it.
 *
 * @example
 * ```ts
 * deepestFound(trie, ['duties', 3, 'leadDepartments']); // { offset: <duty 3>, depth: 2 } if it has none
 * ```
 */
export function deepestFound(
  trie: PathTrie,
  path: readonly PathSegment[],
): { offset: number; depth: number } {
  let node: PathTrie | undefined = trie;
  let found = { offset: trie.offset, depth: 0 };
  for (let i = 0; i < path.length && node; i++) {
    node = node.children.get(path[i] as PathSegment);
    if (node && node.offset >= 0) found = { offset: node.offset, depth: i + 1 };
  }
  return found;
}
