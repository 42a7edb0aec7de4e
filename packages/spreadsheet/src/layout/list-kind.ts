import type { Section } from '@qingdan/core';
import { normaliseText } from '../text/normalise.js';
import { sectionOf } from './section-of.js';

/**
 * Words that name a list of one body's own powers: a 权责清单, a 行政执法事项清单, a 双随机抽查事项
 * 清单, a 处罚裁量基准 or 不予处罚清单 (whose items are 违法行为), a 监管 or 检查 plan, a 重大行政决策
 * 事项目录. Its items are what that body does itself, so on a township list they are basic duties.
 */
const ownPowers = /权责|权力清单|责任清单|职权|执法|检查|抽查|处罚|裁量|监管|许可|违法|决策/;

/**
 * The section the first of some texts names (`下放事项清单` is delegated, a 赋权事项 column holds
 * delegated powers), or undefined when none names one.
 *
 * @example
 * ```ts
 * sectionNamedIn(['附件1', '下放事项清单']); // 'delegated'
 * sectionNamedIn(['赋权事项']); // 'delegated'
 * sectionNamedIn(['Sheet1']); // undefined
 * ```
 */
export function sectionNamedIn(texts: readonly string[]): Section | undefined {
  for (const text of texts) {
    const named = sectionOf(text);
    if (named) return named;
  }
  return undefined;
}

/**
 * Whether some texts (a title, a sheet name, the header of the name column) name a list of one
 * body's own powers: 权责, 执法, 检查, 处罚, 违法行为, 决策 …
 *
 * @example
 * ```ts
 * namesOwnPowers(['处罚事项名称']); // true
 * namesOwnPowers(['事项名称']); // false
 * ```
 */
export function namesOwnPowers(texts: readonly string[]): boolean {
  return texts.some((t) => ownPowers.test(normaliseText(t)));
}

/**
 * The section a table's own words imply when no column, sheet name, heading, profile or option
 * places its rows: a section named in its title, sheet or file name (`下放事项清单` is
 * delegated), else basic for a list of a body's own powers. Undefined when the words say neither.
 *
 * @example
 * ```ts
 * sectionOfKind(['附件1 不予处罚事项清单']); // 'basic'
 * sectionOfKind(['下放事项清单']); // 'delegated'
 * sectionOfKind(['Sheet1']); // undefined
 * ```
 */
export function sectionOfKind(texts: readonly string[]): Section | undefined {
  return sectionNamedIn(texts) ?? (namesOwnPowers(texts) ? 'basic' : undefined);
}
