import { type Issue, makeIssue, type PathSegment } from '../issues/issue.js';
import { type Condition, type FieldCondition, type Operator, operatorOf } from './condition.js';
import { admissionFields, type FieldType } from './fields.js';

/** Which operators fit which field types. */
const fits: Record<Operator, readonly FieldType[]> = {
  equals: ['text', 'number', 'boolean'],
  in: ['text', 'number', 'texts'],
  contains: ['text', 'texts'],
  atLeast: ['number'],
  atMost: ['number'],
  exists: ['text', 'number', 'boolean', 'texts'],
};

function valueFits(condition: FieldCondition, type: FieldType): boolean {
  if ('equals' in condition) {
    const t = typeof condition.equals;
    return type === 'text' ? t === 'string' : type === 'number' ? t === 'number' : t === 'boolean';
  }
  if ('in' in condition) {
    const want = type === 'number' ? 'number' : 'string';
    return condition.in.every((v) => typeof v === want);
  }
  return true;
}

/**
 * Checks that each field condition compares its field in a way that fits the field's type
 * (`atLeast` on a number, `contains` on text, `equals` with a value of the field's type).
 *
 * @example
 * ```ts
 * checkCondition({ field: 'means', atLeast: 2 }, ['require']); // one admission-rule-operator-mismatch
 * ```
 */
export function checkCondition(condition: Condition, path: readonly PathSegment[]): Issue[] {
  if ('all' in condition)
    return condition.all.flatMap((c, i) => checkCondition(c, [...path, 'all', i]));
  if ('any' in condition)
    return condition.any.flatMap((c, i) => checkCondition(c, [...path, 'any', i]));
  if ('not' in condition) return checkCondition(condition.not, [...path, 'not']);
  if ('holds' in condition) return [];
  const type = admissionFields[condition.field].type;
  const operator = operatorOf(condition);
  if (fits[operator].includes(type) && valueFits(condition, type)) return [];
  return [
    makeIssue('admission-rule-operator-mismatch', 'error', [...path, operator], {
      field: condition.field,
      operator,
      fieldType: type,
    }),
  ];
}
