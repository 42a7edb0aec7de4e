import { realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';

/**
 * The canonical absolute path of a path that may not exist yet: the real path (symbolic links
 * resolved) of its longest existing ancestor, with the rest appended, so two spellings of one
 * place (`out`, `./out/`, a link to it) compare equal.
 *
 * @example
 * ```ts
 * await canonicalPath('./public/../public'); // '/home/me/public'
 * ```
 */
export async function canonicalPath(path: string): Promise<string> {
  const absolute = resolve(path);
  const rest: string[] = [];
  let at = absolute;
  for (;;) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return absolute;
      rest.push(basename(at));
      at = parent;
    }
  }
}

/**
 * Whether `inner` is `outer` or lies below it; both canonical (see {@link canonicalPath}).
 *
 * @example
 * ```ts
 * isSameOrInside('/a/b/c', '/a/b'); // true
 * isSameOrInside('/a/bc', '/a/b'); // false
 * ```
 */
export function isSameOrInside(inner: string, outer: string): boolean {
  if (inner === outer) return true;
  const prefix = outer.endsWith(sep) ? outer : `${outer}${sep}`;
  return inner.startsWith(prefix);
}
