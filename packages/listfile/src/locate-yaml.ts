import { CORE_SCHEMA, type EventType, load, type State } from 'js-yaml';
import type { PathTrie } from './path-trie.js';

/** A node being read: where it is on the requested paths, and what its children have been. */
interface Frame {
  /** Undefined when the node is on no requested path (nor is any of its descendants). */
  readonly trie: PathTrie | undefined;
  /** Where the parser stood when the node began: before its separating space and properties. */
  readonly open: number;
  /** Where its content begins (on a path only). */
  readonly start: number;
  /** The node read as the value of this key of its parent, if it was. */
  readonly keyOf?: { readonly trie: PathTrie | undefined; readonly at: number };
  /** Whether the node is a sequence (`- ` or `[`), so its children are items, not keys and values. */
  sequence: boolean;
  block: boolean;
  items: number;
  lastEnd: number;
  /** A key just read, whose value has not begun yet, and where the key is. */
  pendingKey: { readonly key: string; readonly at: number } | undefined;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

const offPath: Frame = {
  trie: undefined,
  open: 0,
  start: -1,
  sequence: false,
  block: false,
  items: 0,
  lastEnd: 0,
  pendingKey: undefined,
};

/**
 * Notes, in `paths`, where the value at each of its paths begins in a YAML text (YAML 1.2, so JSON
 * too): the text is read again with js-yaml, whose listener reports where each node opens and
 * closes, and only the nodes on a requested path are followed. No syntax tree is built, so
 * locating an issue in a large file costs about what reading it did. The positions are those the
 * `yaml` package gives a node: where its content begins, after any anchor or tag. A path through
 * an alias stops at the alias (`*name`). The text must be valid YAML (it is only located after it
 * has been read).
 *
 * @example
 * ```ts
 * const trie = pathTrie([['duties', 0, 'section']]);
 * locateYaml('duties:\n  - section: basic\n', trie);
 * trie.children.get('duties')?.children.get(0)?.children.get('section')?.offset; // 21
 * ```
 */
export function locateYaml(text: string, paths: PathTrie): void {
  const n = text.length;
  const stack: Frame[] = [];
  /** Skips spaces, line breaks and comments. */
  const space = (start: number): number => {
    let p = start;
    while (p < n) {
      const c = text.charCodeAt(p);
      if (isSpace(c)) p++;
      else if (c === 0x23) {
        const eol = text.indexOf('\n', p);
        p = eol === -1 ? n : eol;
      } else break;
    }
    return p;
  };
  /** Where a node's content begins: after separating space, anchors (`&a`) and tags (`!t`). */
  const contentStart = (start: number): number => {
    let p = space(start);
    for (let c = text.charCodeAt(p); c === 0x26 || c === 0x21; c = text.charCodeAt(p)) {
      while (p < n && !isSpace(text.charCodeAt(p))) p++;
      p = space(p);
    }
    return p;
  };
  /** Where block sequence entries (`-`) begin between two offsets, comments aside. */
  const dashes = (from: number, to: number): number[] => {
    const found: number[] = [];
    for (let p = space(from); p < to; p = space(p + 1))
      if (text.charCodeAt(p) === 0x2d) found.push(p);
    return found;
  };
  /** Entries with nothing after the `-` have no node: each is where its value would begin. */
  const emptyEntries = (parent: Frame, at: readonly number[]): void => {
    for (const dash of at) {
      const item = parent.trie?.children.get(parent.items++);
      if (item) item.offset = dash + 1;
    }
  };
  /**
   * Whether a node ending here is a key: a `:` follows it, as a value indicator (followed by a
   * space, a line end or a flow indicator, or anything right after a quoted key as JSON writes it),
   * so not a plain scalar that begins with `:`.
   */
  const isKeyEnd = (end: number): boolean => {
    const colon = space(end);
    if (text.charCodeAt(colon) !== 0x3a) return false;
    const after = text.charCodeAt(colon + 1);
    const quoted =
      colon === end && (text.charCodeAt(end - 1) === 0x22 || text.charCodeAt(end - 1) === 0x27);
    return (
      colon + 1 >= n ||
      isSpace(after) ||
      after === 0x2c ||
      after === 0x5d ||
      after === 0x7d ||
      quoted
    );
  };
  const listener = (event: EventType, state: State): void => {
    if (event === 'open') open(state.position);
    else close(state);
  };
  const open = (position: number): void => {
    const parent = stack.at(-1);
    if (parent !== undefined && parent.trie === undefined) {
      stack.push(offPath);
      return;
    }
    let trie: PathTrie | undefined;
    let keyOf: Frame['keyOf'];
    if (parent === undefined) trie = paths;
    else if (parent.pendingKey !== undefined) {
      trie = parent.trie?.children.get(parent.pendingKey.key);
      keyOf = { trie, at: parent.pendingKey.at };
      parent.pendingKey = undefined;
    } else if (position <= parent.start && contentStart(position) === parent.start) {
      // js-yaml reads a block node by first trying it as the key of a mapping: a child where its
      // parent begins is that parent again (or its first key, which is on no path of its own).
      trie = parent.trie;
    } else if (parent.sequence) {
      if (parent.block) emptyEntries(parent, dashes(parent.lastEnd, position).slice(0, -1));
      trie = parent.trie?.children.get(parent.items++);
    }
    // Any other child of a mapping that is not a value is a key: it is on no path.
    if (trie === undefined) {
      stack.push({ ...offPath, open: position, ...(keyOf ? { keyOf } : {}) });
      return;
    }
    const start = contentStart(position);
    const c = text.charCodeAt(start);
    const blockEntry = c === 0x2d && (start + 1 >= n || isSpace(text.charCodeAt(start + 1)));
    trie.offset = start;
    stack.push({
      trie,
      open: position,
      start,
      ...(keyOf ? { keyOf } : {}),
      sequence: blockEntry || c === 0x5b,
      block: blockEntry,
      items: 0,
      lastEnd: start,
      pendingKey: undefined,
    });
  };
  const close = (state: State): void => {
    const frame = stack.pop();
    const parent = stack.at(-1);
    if (frame?.block) emptyEntries(frame, dashes(frame.lastEnd, state.position));
    if (frame === undefined || parent === undefined || parent.trie === undefined) return;
    // An empty value (`key:` and nothing) is where it would have begun, not at the next node.
    if (frame.trie && state.result === null && state.kind === null) frame.trie.offset = frame.open;
    parent.lastEnd = state.position;
    if (parent.sequence) return;
    // A node followed by `:` is a key. If it was taken for the value of the key before it, that
    // key had no value node: it is located at the key itself.
    if (!isKeyEnd(state.position)) return;
    if (frame.keyOf?.trie) frame.keyOf.trie.offset = frame.keyOf.at;
    parent.pendingKey = { key: String(state.result), at: contentStart(frame.open) };
  };
  try {
    load(text, { schema: CORE_SCHEMA, listener });
  } catch {
    // The text was read once already; if it cannot be read again, what was found stands.
  }
}
