import type { Section } from '@qingdan/core';
import type { ColumnRole } from '../layout/find-header.js';
import { namesOwnPowers, sectionNamedIn } from '../layout/list-kind.js';
import type { SectionSource } from './table-report.js';

/**
 * Where a table's own words place its rows, surest first, for when no column, sheet name,
 * heading, profile or option does: a section its title, sheet or file name names; a section the
 * header of its name column names (赋权事项 holds delegated powers); a title naming a list of one
 * body's powers (权责清单, 执法, 处罚 …); a name column headed so (处罚事项名称, 违法行为, 职权名称) or a
 * power-category column, which only a list of powers has.
 *
 * @example
 * ```ts
 * kindSources(['Sheet1'], [{ index: 1, header: '赋权事项', field: 'name', reason: 'role-suffix', score: 60 }]);
 * // [[undefined, 'title'], ['delegated', 'header'], [undefined, 'title'], [undefined, 'header']]
 * ```
 */
export function kindSources(
  kindTexts: readonly string[],
  columns: readonly ColumnRole[],
): [Section | undefined, SectionSource][] {
  const nameHeaders = columns.filter((c) => c.field === 'name').map((c) => c.header);
  const listsPowers = columns.some((c) => c.field === 'powerCategory');
  return [
    [sectionNamedIn(kindTexts), 'title'],
    [sectionNamedIn(nameHeaders), 'header'],
    [namesOwnPowers(kindTexts) ? 'basic' : undefined, 'title'],
    [namesOwnPowers(nameHeaders) || listsPowers ? 'basic' : undefined, 'header'],
  ];
}
