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

function leaf(condition: FieldCondition, facts: AdmissionFacts, negated: boolean): Finding {
  const field = admissionFields[condition.field];
  const value = field.read(facts);
  const is = show(field, value);
  const said = (extraZh = '', extraEn = ''): Bilingual => ({
    zh: `${field.label.zh}为${is.zh}${extraZh}`,
    en: `${field.label.en}: ${is.en}${extraEn}`,
  });
  const list = Array.isArray(value) ? (value as readonly string[]) : undefined;
  const judged = (raw: boolean, wantZh: string, wantEn: string, notZh: string, notEn: string) => {
    const holds = raw !== negated;
    if (holds) return { holds, because: said() };
    return { holds, because: negated ? said(notZh, notEn) : said(wantZh, wantEn) };
  };
  if ('equals' in condition) {
    const want = show(field, condition.equals);
    return judged(
      value === condition.equals,
      `，应为${want.zh}`,
      `; required: ${want.en}`,
      `，不应为${want.zh}`,
      `; must not be ${want.en}`,
    );
  }
  if ('in' in condition) {
    const raw = list
      ? list.some((v) => condition.in.includes(v))
      : value !== undefined && condition.in.includes(value as string | number);
    const want = show(field, condition.in as readonly string[]);
    return judged(
      raw,
      `，应为其一：${want.zh}`,
      `; required one of: ${want.en}`,
      `，不应为其中任何一个：${want.zh}`,
      `; must be none of: ${want.en}`,
    );
  }
  if ('contains' in condition) {
    const raw = list
      ? list.includes(condition.contains)
      : typeof value === 'string' && value.includes(condition.contains);
    const want = show(field, condition.contains);
    const fact = raw
      ? said(`，含${want.zh}`, `, which includes ${want.en}`)
      : said(`，不含${want.zh}`, `, without ${want.en}`);
    return { holds: raw !== negated, because: fact };
  }
  if ('atLeast' in condition) {
    const n = String(condition.atLeast);
    return judged(
      typeof value === 'number' && value >= condition.atLeast,
      `，应不少于 ${n}`,
      `; required at least ${n}`,
      `，应少于 ${n}`,
      `; required less than ${n}`,
    );
  }
  if ('atMost' in condition) {
    const n = String(condition.atMost);
    return judged(
      typeof value === 'number' && value <= condition.atMost,
      `，应不多于 ${n}`,
      `; required at most ${n}`,
      `，应多于 ${n}`,
      `; required more than ${n}`,
    );
  }
  const present = value !== undefined && !(list && list.length === 0);
  return { holds: (present === condition.exists) !== negated, because: said() };
}

/**
 * Evaluates a condition against a request and the list, saying whether it holds and which
 * facts decided it. A `not` is pushed down to the comparisons, so that each reason states the
 * fact and what was wanted instead.
 *
 * @example
 * ```ts
 * evaluateCondition({ field: 'means', equals: 'list-entry' }, facts).because.zh; // '下派方式为「签订责任状」，应为「列入清单」'
 * ```
 */
export function evaluateCondition(
  condition: Condition,
  facts: AdmissionFacts,
  negated = false,
): Finding {
  if ('all' in condition || 'any' in condition) {
    const parts = 'all' in condition ? condition.all : condition.any;
    const found = parts.map((c) => evaluateCondition(c, facts, negated));
    // not(all) is any(not), and not(any) is all(not).
    const conjunctive = 'all' in condition !== negated;
    if (conjunctive) {
      const failed = found.filter((f) => !f.holds);
      return failed.length === 0
        ? { holds: true, because: join(found) }
        : { holds: false, because: join(failed) };
    }
    return found.find((f) => f.holds) ?? { holds: false, because: join(found) };
  }
  if ('not' in condition) return evaluateCondition(condition.not, facts, !negated);
  if ('holds' in condition) {
    const found = admissionPredicates[condition.holds](facts);
    return negated ? { holds: !found.holds, because: found.because } : found;
  }
  return leaf(condition, facts, negated);
}
