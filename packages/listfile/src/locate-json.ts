import type { PathTrie } from './path-trie.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Notes, in `trie`, where the value at each of its paths begins in a JSON text: one pass over
 * the text that builds no value and keeps nothing but the offsets, so that locating an issue in
 * a 100 MB file costs no more memory than the file. The text must be valid JSON (it is only
 * located after `JSON.parse` has read it). Values off every path are skipped without recursion,
 * however deeply they nest, and the scan stops once every path has been found.
 *
 * @example
 * ```ts
 * const trie = pathTrie([['kind']]);
 * locateJson('{"id": "x", "kind": "township"}', trie);
 * trie.children.get('kind')?.offset; // 20
 * ```
 */
export function locateJson(text: string, trie: PathTrie): void {
  let missing = countNodes(trie);
  const n = text.length;
  const space = (p: number): number => {
    while (p < n && isSpace(text.charCodeAt(p))) p++;
    return p;
  };
  const stringEnd = (p: number): number => {
    for (let q = text.indexOf('"', p + 1); q !== -1; q = text.indexOf('"', q + 1)) {
      let slashes = 0;
      while (text.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
      if (slashes % 2 === 0) return q + 1;
    }
    return n;
  };
  const valueEnd = (start: number): number => {
    let p = start;
    const c = text.charCodeAt(p);
    if (c === QUOTE) return stringEnd(p);
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      // a number, true, false or null runs up to the next delimiter
      while (p < n) {
        const d = text.charCodeAt(p);
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isSpace(d)) break;
        p++;
      }
      return p;
    }
    let depth = 0;
    while (p < n) {
      const d = text.charCodeAt(p);
      if (d === QUOTE) {
        p = stringEnd(p);
        continue;
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
      else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return p + 1;
      }
      p++;
    }
    return p;
  };
  // Returns where the value ends, or -1 once every path is found.
  const visit = (start: number, node: PathTrie): number => {
    if (node.offset < 0) missing--;
    node.offset = start;
    if (missing === 0) return -1;
    const c = text.charCodeAt(start);
    if (node.children.size === 0 || (c !== OPEN_BRACE && c !== OPEN_BRACKET))
      return valueEnd(start);
    const close = c === OPEN_BRACE ? CLOSE_BRACE : CLOSE_BRACKET;
    let p = space(start + 1);
    for (let index = 0; text.charCodeAt(p) !== close; index++) {
      let child: PathTrie | undefined;
      if (c === OPEN_BRACE) {
        const keyEnd = stringEnd(p);
        child = node.children.get(JSON.parse(text.slice(p, keyEnd)) as string);
        p = space(space(keyEnd) + 1);
      } else child = node.children.get(index);
      p = child ? visit(p, child) : valueEnd(p);
      if (p < 0) return -1;
      p = space(p);
      if (text.charCodeAt(p) === COMMA) p = space(p + 1);
    }
    return p + 1;
  };
  visit(space(0), trie);
}

function countNodes(trie: PathTrie): number {
  let count = 1;
  for (const child of trie.children.values()) count += countNodes(child);
  return count;
}
