import { normaliseText } from '../text/normalise.js';
import type { ColumnRole } from './find-header.js';

/**
 * A level of an item named over several columns, broadest first: the 主项 (item), the 子项
 * (sub-item), the 业务办理项 (the task a service is handled as).
 *
 * @example
 * ```ts
 * const level: NameLevel = 'subItem';
 * ```
 */
export type NameLevel = 'item' | 'subItem' | 'task';

const specificity: Record<NameLevel, number> = { item: 1, subItem: 2, task: 3 };

/** Headers of one level each, after normalising and taking off a bracketed remark. */
const levelHeaders: readonly (readonly [RegExp, NameLevel])[] = [
  [/^(业务办理项|办理项|三级事项)(名称)?$/, 'task'],
  [/^(子项|子项目|小项|二级事项)(名称)?$/, 'subItem'],
  [/^(主项|项目|大项|一级事项)(名称)?$/, 'item'],
];

const levelOf = (header: string): NameLevel | undefined => {
  const bare = normaliseText(header).replace(/\([^)]*\)/g, '');
  return levelHeaders.find(([pattern]) => pattern.test(bare))?.[1];
};

/**
 * Columns that name one item at several levels in a one-row header (主项名称 | 子项名称 | 业务办理项
 * 名称, or 项目名称 | 子项): when two levels or more are there, each is a level of the name, so they
 * share it instead of competing for it. A header with one such column, or one already read as two
 * levels, is left as it is.
 *
 * @example
 * ```ts
 * nameLevels(columns).map((c) => c.level); // [undefined, 'item', 'subItem', 'task', undefined]
 * ```
 */
export function nameLevels(columns: readonly ColumnRole[]): ColumnRole[] {
  if (columns.some((c) => c.level)) return [...columns];
  const levels = columns.map((c) => levelOf(c.header));
  if (new Set(levels.filter(Boolean)).size < 2) return [...columns];
  return columns.map((c, i) => {
    const level = levels[i];
    if (!level) return c;
    return c.field === 'name'
      ? { ...c, level }
      : { ...c, field: 'name', level, reason: 'name-level', score: 60 };
  });
}

/**
 * The column a row's duty is named by: the most specific level of the name (业务办理项 before 子项
 * before a name without levels before 主项), for grouping rows and telling headings.
 *
 * @example
 * ```ts
 * primaryNameColumn(columns)?.header; // '业务办理项名称'
 * ```
 */
export function primaryNameColumn(columns: readonly ColumnRole[]): ColumnRole | undefined {
  const rank = (c: ColumnRole) => (c.level ? specificity[c.level] : 1.5);
  return columns
    .filter((c) => c.field === 'name')
    .reduce<ColumnRole | undefined>(
      (best, c) => (!best || rank(c) > rank(best) ? c : best),
      undefined,
    );
}

/**
 * The name of a row whose item is named at several levels: the most specific level with text, and
 * the broader ones with text, to keep as extra columns.
 *
 * @example
 * ```ts
 * nameFromLevels(new Map([['item', { header: '主项名称', value: '社会保险登记' }], ['task', { header: '业务办理项名称', value: '参保登记' }]]));
 * // { name: { header: '业务办理项名称', value: '参保登记' }, broader: [{ header: '主项名称', value: '社会保险登记' }] }
 * ```
 */
export function nameFromLevels<C>(
  cells: ReadonlyMap<NameLevel, C>,
): { name: C; broader: C[] } | undefined {
  const present = (['item', 'subItem', 'task'] as const).filter((l) => cells.has(l));
  const last = present[present.length - 1];
  if (!last) return undefined;
  return {
    name: cells.get(last) as C,
    broader: present.slice(0, -1).map((l) => cells.get(l) as C),
  };
}
