import type { Bilingual } from '../codes/concept.js';
import { findConcept } from '../codes/concept.js';
import type { Condition, FieldCondition } from './condition.js';
import type { AdmissionFacts } from './facts.js';
import { type AdmissionField, admissionFields, type FieldValue } from './fields.js';
import { admissionPredicates, type Finding } from './predicates.js';

function show(field: AdmissionField, value: FieldValue | string | number | boolean): Bilingual {
  if (value === undefined) return { zh: '（未记录）', en: '(not recorded)' };
  if (typeof value === 'boolean') return value ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  if (typeof value === 'number') return { zh: String(value), en: String(value) };
  if (typeof value !== 'string') {
    const parts = value.map((v) => show(field, v));
    return parts.length === 0
      ? { zh: '（无）', en: '(none)' }
      : { zh: parts.map((p) => p.zh).join('、'), en: parts.map((p) => p.en).join(', ') };
  }
  for (const scheme of field.schemes ?? []) {
    const c = findConcept(scheme, value);
    if (c) return { zh: `「${c.label.zh}」`, en: `${c.label.en} (${c.code})` };
  }
  return { zh: `「${value}」`, en: `"${value}"` };
}

const join = (findings: readonly Finding[]): Bilingual => ({
  zh: findings.map((f) => f.because.zh).join('；'),
  en: findings.map((f) => f.because.en).join('; '),
});

function leaf(condition: FieldCondition, facts: AdmissionFacts): Finding {
  const field = admissionFields[condition.field];
  const value = field.read(facts);
  const is = show(field, value);
  const said = (extraZh = '', extraEn = ''): Bilingual => ({
    zh: `${field.label.zh}为${is.zh}${extraZh}`,
    en: `${field.label.en} is ${is.en}${extraEn}`,
  });
  const list = Array.isArray(value) ? (value as readonly string[]) : undefined;
  if ('equals' in condition) {
    const want = show(field, condition.equals);
    const holds = value === condition.equals;
    return { holds, because: holds ? said() : said(`，应为${want.zh}`, `; required: ${want.en}`) };
  }
  if ('in' in condition) {
    const holds = list
      ? list.some((v) => condition.in.includes(v))
      : value !== undefined && condition.in.includes(value as string | number);
    const want = show(field, condition.in as readonly string[]);
    return {
      holds,
      because: holds ? said() : said(`，应为其一：${want.zh}`, `; required one of: ${want.en}`),
    };
  }
  if ('contains' in condition) {
    const holds = list
      ? list.includes(condition.contains)
      : typeof value === 'string' && value.includes(condition.contains);
    const want = show(field, condition.contains);
    return {
      holds,
      because: holds
        ? said(`，含${want.zh}`, `, which includes ${want.en}`)
        : said(`，不含${want.zh}`, `, without ${want.en}`),
    };
  }
  if ('atLeast' in condition) {
    const holds = typeof value === 'number' && value >= condition.atLeast;
    const n = String(condition.atLeast);
    return { holds, because: holds ? said() : said(`，应不少于 ${n}`, `; required at least ${n}`) };
  }
  if ('atMost' in condition) {
    const holds = typeof value === 'number' && value <= condition.atMost;
    const n = String(condition.atMost);
    return { holds, because: holds ? said() : said(`，应不多于 ${n}`, `; required at most ${n}`) };
  }
  const present = value !== undefined && !(list && list.length === 0);
  return { holds: present === condition.exists, because: said() };
}

/**
 * Evaluates a condition against a request and the list, saying whether it holds and which
 * facts decided it.
 *
 * @example
 * ```ts
 * evaluateCondition({ field: 'means', equals: 'list-entry' }, facts).because.zh; // '下派方式为「签订责任状」，应为「列入清单」'
 * ```
 */
export function evaluateCondition(condition: Condition, facts: AdmissionFacts): Finding {
  if ('all' in condition) {
    const found = condition.all.map((c) => evaluateCondition(c, facts));
    const failed = found.filter((f) => !f.holds);
    return failed.length === 0
      ? { holds: true, because: join(found) }
      : { holds: false, because: join(failed) };
  }
  if ('any' in condition) {
    const found = condition.any.map((c) => evaluateCondition(c, facts));
    const first = found.find((f) => f.holds);
    return first ? first : { holds: false, because: join(found) };
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, facts);
    return { holds: !inner.holds, because: inner.because };
  }
  if ('holds' in condition) return admissionPredicates[condition.holds](facts);
  return leaf(condition, facts);
}
