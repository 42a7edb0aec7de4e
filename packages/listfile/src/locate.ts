import type { PathSegment } from '@qingdan/core';
import { isNode, LineCounter, parseDocument } from 'yaml';

/**
 * Finds the line and column of the value at a path in JSON or YAML text: the deepest node the
 * path reaches, so an issue about a missing field points at the object that lacks it.
 *
 * @example
 * ```ts
 * makeLocator('id: x\nkind: township\n')(['kind']); // { line: 2, column: 7 }
 * ```
 */
export function makeLocator(
  text: string,
): (path: readonly PathSegment[]) => { line: number; column: number } | undefined {
  const lineCounter = new LineCounter();
  // JSON is YAML 1.2, so one parser locates paths in both formats.
  const doc = parseDocument(text, { lineCounter, keepSourceTokens: false, uniqueKeys: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return at(node.range[0]);
      if (n === 0 && doc.contents?.range) return at(doc.contents.range[0]);
    }
    return undefined;
  };
}
