import type { Section } from '@qingdan/core';
import { normaliseText } from '../text/normalise.js';
import { sectionOf } from './section-of.js';

/**
 * Words that name a list of one body's own powers: a 权责清单, a 行政执法事项清单, a 双随机抽查事项
 * 清单, a 处罚裁量基准 or 不予处罚清单, a 监管 or 检查 plan. Its items are what that body does
 * itself, so on a township list they are basic duties.
 */
const ownPowers = /权责|权力清单|责任清单|职权|执法|检查|抽查|处罚|裁量|监管|许可/;

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
  for (const text of texts) {
    const named = sectionOf(text);
    if (named) return named;
  }
  return texts.some((t) => ownPowers.test(normaliseText(t))) ? 'basic' : undefined;
}
