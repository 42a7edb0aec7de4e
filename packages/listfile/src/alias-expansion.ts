import type { PathSegment } from '@qingdan/core';

/**
 * How much data a YAML text may stand for once every alias (`*name`) is written out in full,
 * counted as characters of JSON: ten times the text, and never less than ten million. A list that
 * reuses an anchor on every duty (`offices: *common`) stays far below it; a "billion laughs"
 * text, a few hundred bytes whose aliases nest to 10⁹ values, is far above.
 *
 * @example
 * ```ts
 * aliasExpansionLimit(1_000); // 10_000_000
 * aliasExpansionLimit(80_000_000); // 800_000_000
 * ```
 */
export function aliasExpansionLimit(textLength: number): number {
  return Math.max(10_000_000, 10 * textLength);
}

/**
 * Whether a YAML text may hold an alias at all (`*name` after a space, a line start or a flow
 * indicator), so that texts without one are not walked again. It may say yes to a `*` in a plain
 * scalar; that costs only the walk.
 *
 * @example
 * ```ts
 * mayHoldAliases('offices: *common'); // true
 * mayHoldAliases('name: 监督检查'); // false
 * ```
 */
export function mayHoldAliases(text: string): boolean {
  return text.includes('*') && /(?:^|[\s,[{])\*[^\s,[\]{}]/.test(text);
}

/**
 * Measures data read from YAML, where an alias is the very object its anchor made, so that a
 * value reached many times is measured once. Lengths saturate at `cap`, so that a bomb's
 * 10⁹ or 10⁹⁰ is never counted out.
 */
class ExpandedLength {
  private readonly known = new Map<object, number>();
  constructor(private readonly cap: number) {}

  of(value: unknown): number {
    if (typeof value === 'string') return value.length + 2;
    if (value === null || typeof value !== 'object') return 5;
    const seen = this.known.get(value);
    if (seen !== undefined) return seen;
    let total = 2;
    for (const [key, child] of entries(value)) {
      total += this.of(child) + 1 + (typeof key === 'string' ? key.length + 3 : 0);
      if (total >= this.cap) break;
    }
    const length = Math.min(total, this.cap);
    this.known.set(value, length);
    return length;
  }
}

function entries(value: object): [PathSegment, unknown][] {
  return Array.isArray(value)
    ? value.map((v, i): [PathSegment, unknown] => [i, v])
    : Object.entries(value);
}

/**
 * Where data read from YAML grows past `limit` characters of JSON when its aliases are written
 * out: the path to the value (usually an alias) at which the running length, counted in document
 * order, passes the limit. Undefined when the whole data stays within it. Each value shared
 * through an alias is measured once, so this costs one walk of the distinct values.
 *
 * @example
 * ```ts
 * const common = ['shsw', 'pajs'];
 * expansionPastLimit({ a: common, b: common }, 10_000_000); // undefined
 * ```
 */
export function expansionPastLimit(data: unknown, limit: number): PathSegment[] | undefined {
  const length = new ExpandedLength(limit + 1);
  if (length.of(data) <= limit) return undefined;
  const path: PathSegment[] = [];
  let value = data;
  let budget = limit;
  for (;;) {
    if (value === null || typeof value !== 'object') return path;
    let next: [PathSegment, unknown] | undefined;
    for (const [key, child] of entries(value)) {
      const size = length.of(child);
      if (size > budget) {
        next = [key, child];
        break;
      }
      budget -= size;
    }
    if (!next) return path;
    path.push(next[0]);
    value = next[1];
  }
}
