import type { Bilingual } from '../codes/concept.js';
import type { Issue } from './issue.js';
import type { IssueCode } from './issue-code.js';

type Params = Readonly<Record<string, string | number>>;

const s = (params: Params, name: string): string => String(params[name] ?? '');
const duty = (p: Params): Bilingual => ({
  zh: p.duty ? `「${s(p, 'duty')}」` : '',
  en: p.duty ? ` "${s(p, 'duty')}"` : '',
});

/** The one place where issue texts live: each code to its Chinese and English message. */
const messages: { readonly [C in IssueCode]: (p: Params) => Bilingual } = {
  'invalid-type': (p) => ({
    zh: `类型不对：应为${s(p, 'expectedZh') || s(p, 'expected')}，实为${s(p, 'received')}`,
    en: `wrong type: expected ${s(p, 'expected')}, got ${s(p, 'received')}`,
  }),
  'missing-field': (p) => ({
    zh: `缺少必填字段 ${s(p, 'field')}`,
    en: `required field ${s(p, 'field')} is missing`,
  }),
  'unknown-field': (p) => ({
    zh: `不认识的字段 ${s(p, 'field')}（检查拼写，或该字段不属于此类事项）`,
    en: `unknown field ${s(p, 'field')} (check the spelling, or the field does not belong to this kind of item)`,
  }),
  'invalid-value': (p) => ({
    zh: `取值 ${s(p, 'received')} 无效，可选：${s(p, 'allowed')}`,
    en: `invalid value ${s(p, 'received')}; allowed: ${s(p, 'allowed')}`,
  }),
  'invalid-format': (p) => ({
    zh: `格式不对：${s(p, 'formatZh') || s(p, 'format')}`,
    en: `wrong format: ${s(p, 'format')}`,
  }),
  'too-small': (p) => ({
    zh: `不能少于 ${s(p, 'minimum')}${p.unit === 'characters' ? ' 个字符' : p.unit === 'items' ? ' 项' : ''}`,
    en: `must be at least ${s(p, 'minimum')}${p.unit ? ` ${s(p, 'unit')}` : ''}`,
  }),
  'too-big': (p) => ({
    zh: `不能多于 ${s(p, 'maximum')}${p.unit === 'characters' ? ' 个字符' : p.unit === 'items' ? ' 项' : ''}`,
    en: `must be at most ${s(p, 'maximum')}${p.unit ? ` ${s(p, 'unit')}` : ''}`,
  }),
  'invalid-section': (p) => ({
    zh: `事项类别 ${s(p, 'received')} 无效，可选：${s(p, 'allowed')}`,
    en: `invalid section ${s(p, 'received')}; allowed: ${s(p, 'allowed')}`,
  }),
  'section-not-in-list-kind': (p) => ({
    zh: `${s(p, 'kindZh')}不能包含「${s(p, 'sectionZh')}」类事项${duty(p).zh}`,
    en: `a ${s(p, 'kind')} list cannot hold a ${s(p, 'section')} item${duty(p).en}`,
  }),
  'invalid-credit-code': (p) => ({
    zh: `统一社会信用代码 ${s(p, 'code')} 无效（应为 18 位，末位为校验码）`,
    en: `unified social credit code ${s(p, 'code')} is not valid (18 characters, the last a check character)`,
  }),
  'invalid-division-code': (p) => ({
    zh: `区划代码 ${s(p, 'code')} 与层级「${s(p, 'levelZh')}」不符${p.parent ? `，或不在上级区划 ${s(p, 'parent')} 之内` : ''}`,
    en: `division code ${s(p, 'code')} does not fit level ${s(p, 'level')}${p.parent ? ` or lie within its parent ${s(p, 'parent')}` : ''}`,
  }),
  'cooperating-lead-department-missing': (p) => ({
    zh: `配合履职事项${duty(p).zh}未指明牵头县直部门`,
    en: `cooperating duty${duty(p).en} names no lead county department`,
  }),
  'delegated-resources-missing': (p) => ({
    zh: `赋权(委托)事项${duty(p).zh}未配套人财物保障（权随事转、人随事转、钱随事转）`,
    en: `delegated power${duty(p).en} carries no resources (staff, funding, equipment, platforms or training)`,
  }),
  'assisting-resources-missing': (p) => ({
    zh: `村(社区)协助事项${duty(p).zh}未配套相应资源（费随事转）`,
    en: `assisting duty${duty(p).en} admitted to the village carries no resources`,
  }),
  'reclaimed-receiving-unit-missing': (p) => ({
    zh: `收回事项${duty(p).zh}未明确承接的县直单位（事有人管、责不落空）`,
    en: `reclaimed duty${duty(p).en} names no county unit that takes it over`,
  }),
  'basic-office-missing': (p) => ({
    zh: `基本履职事项${duty(p).zh}未落实到乡镇承办机构`,
    en: `basic duty${duty(p).en} is carried by no undertaking office of the township`,
  }),
  'legal-basis-unstructured': (p) => ({
    zh: `依据「${s(p, 'text')}」未能结构化（需指明法规名称，可含条款）`,
    en: `legal basis "${s(p, 'text')}" is not structured (name the instrument, and the provision where there is one)`,
  }),
  'basic-legal-basis-missing': (p) => ({
    zh: `基本履职事项${duty(p).zh}没有法律法规或“三定”规定依据`,
    en: `basic duty${duty(p).en} has no legal basis`,
  }),
  'duplicate-key': (p) => ({
    zh: `事项键 ${s(p, 'key')} 重复（已见于 ${s(p, 'first')}）：同一版本内每个事项只能出现一次`,
    en: `duty key ${s(p, 'key')} is used twice (first at ${s(p, 'first')}): within an edition each duty appears once`,
  }),
  'duplicate-code': (p) => ({
    zh: `事项编码 ${s(p, 'code')} 重复（已见于 ${s(p, 'first')}）：同一事项只能属于一个类别`,
    en: `item code ${s(p, 'code')} is used twice (first at ${s(p, 'first')}): a duty is in exactly one section`,
  }),
  'unknown-office': (p) => ({
    zh: `承办机构 ${s(p, 'key')} 未在清单的 offices 中定义`,
    en: `office ${s(p, 'key')} is not defined in the list's offices`,
  }),
  'unknown-department': (p) => ({
    zh: `县直部门 ${s(p, 'key')} 未在清单的 departments 中定义`,
    en: `department ${s(p, 'key')} is not defined in the list's departments`,
  }),
  'unknown-domain': (p) => ({
    zh: `领域 ${s(p, 'code')} 不在${p.scheme === 'default' ? '默认领域表' : '清单自带的领域表'}中`,
    en: `domain ${s(p, 'code')} is not in the ${p.scheme === 'default' ? 'default domain scheme' : "list's own domain scheme"}`,
  }),
  'duplicate-office-key': (p) => ({
    zh: `承办机构键 ${s(p, 'key')} 重复`,
    en: `office key ${s(p, 'key')} is used twice`,
  }),
  'duplicate-department-key': (p) => ({
    zh: `部门键 ${s(p, 'key')} 重复`,
    en: `department key ${s(p, 'key')} is used twice`,
  }),
  'duplicate-domain-code': (p) => ({
    zh: `领域代码 ${s(p, 'code')} 重复`,
    en: `domain code ${s(p, 'code')} is used twice`,
  }),
  'not-publishable': (p) =>
    p.count === 0
      ? { zh: '清单仍为草案，须经 publish 发布', en: 'the list is still a draft; publish it first' }
      : {
          zh: `清单尚有 ${s(p, 'count')} 处缺口，不能标记为已发布`,
          en: `the list still has ${s(p, 'count')} gaps and cannot be marked published`,
        },
};

/**
 * The message of an issue in Chinese or English.
 *
 * @example
 * ```ts
 * issueMessage(issue, 'zh'); // '配合履职事项「生产安全事故应急」未指明牵头县直部门'
 * ```
 */
export function issueMessage(issue: Issue, language: 'zh' | 'en'): string {
  return messages[issue.code](issue.params)[language];
}

/**
 * Both messages of an issue.
 *
 * @example
 * ```ts
 * issueMessages(issue).en; // 'cooperating duty "生产安全事故应急" names no lead county department'
 * ```
 */
export function issueMessages(issue: Issue): Bilingual {
  return messages[issue.code](issue.params);
}
