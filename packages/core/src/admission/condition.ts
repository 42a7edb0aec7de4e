import { z } from 'zod';
import { type AdmissionFieldName, admissionFieldNames } from './fields.js';
import { type AdmissionPredicateName, admissionPredicateNames } from './predicates.js';

/**
 * A condition of an admission rule: a small, closed language over the request's fields
 * ({@link admissionFields}) and the built-in checks ({@link admissionPredicates}). It has no
 * expressions, no regular expressions and no code, so a county's rules file is safe to load
 * and every condition can be checked before it is used.
 *
 * @example
 * ```ts
 * const c: Condition = {
 *   all: [
 *     { field: 'duty.section', equals: 'assisting' },
 *     { any: [{ field: 'matched.funding', atLeast: 5000 }, { field: 'matched.headcount', atLeast: 1 }] },
 *   ],
 * };
 * ```
 */
export type Condition =
  | { readonly field: AdmissionFieldName; readonly equals: string | number | boolean }
  | { readonly field: AdmissionFieldName; readonly in: readonly (string | number)[] }
  | { readonly field: AdmissionFieldName; readonly contains: string }
  | { readonly field: AdmissionFieldName; readonly atLeast: number }
  | { readonly field: AdmissionFieldName; readonly atMost: number }
  | { readonly field: AdmissionFieldName; readonly exists: boolean }
  | { readonly holds: AdmissionPredicateName }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

/**
 * A condition on one field.
 *
 * @example
 * ```ts
 * const c: FieldCondition = { field: 'matched.funding', atLeast: 5000 };
 * ```
 */
export type FieldCondition = Extract<Condition, { readonly field: AdmissionFieldName }>;

const fieldName = z.enum(admissionFieldNames);

/**
 * The schema of a condition, as a rules file writes it.
 *
 * @example
 * ```ts
 * conditionSchema.parse({ not: { field: 'duty.name', contains: '台账' } });
 * ```
 */
export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ field: fieldName, equals: z.union([z.string(), z.number(), z.boolean()]) }),
    z.strictObject({ field: fieldName, in: z.array(z.union([z.string(), z.number()])).min(1) }),
    z.strictObject({ field: fieldName, contains: z.string().min(1) }),
    z.strictObject({ field: fieldName, atLeast: z.number() }),
    z.strictObject({ field: fieldName, atMost: z.number() }),
    z.strictObject({ field: fieldName, exists: z.boolean() }),
    z.strictObject({ holds: z.enum(admissionPredicateNames) }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
  ]),
);

/**
 * The operator of a field condition.
 *
 * @example
 * ```ts
 * const op: Operator = 'atLeast';
 * ```
 */
export type Operator = 'equals' | 'in' | 'contains' | 'atLeast' | 'atMost' | 'exists';

/**
 * The operator of a field condition.
 *
 * @example
 * ```ts
 * operatorOf({ field: 'means', equals: 'list-entry' }); // 'equals'
 * ```
 */
export function operatorOf(condition: FieldCondition): Operator {
  if ('equals' in condition) return 'equals';
  if ('in' in condition) return 'in';
  if ('contains' in condition) return 'contains';
  if ('atLeast' in condition) return 'atLeast';
  if ('atMost' in condition) return 'atMost';
  return 'exists';
}

/**
 * The fields a condition names, each once.
 *
 * @example
 * ```ts
 * fieldsOf({ all: [{ field: 'means', equals: 'list-entry' }, { not: { field: 'means', in: ['quota'] } }] }); // ['means']
 * ```
 */
export function fieldsOf(condition: Condition): AdmissionFieldName[] {
  const out = new Set<AdmissionFieldName>();
  const visit = (c: Condition): void => {
    if ('all' in c) c.all.forEach(visit);
    else if ('any' in c) c.any.forEach(visit);
    else if ('not' in c) visit(c.not);
    else if ('field' in c) out.add(c.field);
  };
  visit(condition);
  return [...out];
}
