import { match } from 'ts-pattern';
import type { Duty } from '../model/duty.js';

/**
 * The field of a duty that names county departments, by section; `undefined` when none.
 *
 * @example
 * ```ts
 * const f: DepartmentField = 'leadDepartments';
 * ```
 */
export type DepartmentField =
  | 'leadDepartments'
  | 'receivingDepartments'
  | 'delegatingDepartments'
  | 'requestingDepartments';

/**
 * Which field of a duty of this section names its county departments: the lead departments of
 * a cooperating duty, the receiving units of a reclaimed one, and so on.
 *
 * @example
 * ```ts
 * departmentField('reclaimed'); // 'receivingDepartments'
 * departmentField('basic'); // undefined
 * ```
 */
export function departmentField(section: Duty['section']): DepartmentField | undefined {
  return match(section)
    .with('cooperating', () => 'leadDepartments' as const)
    .with('reclaimed', () => 'receivingDepartments' as const)
    .with('delegated', () => 'delegatingDepartments' as const)
    .with('assisting', () => 'requestingDepartments' as const)
    .with('basic', 'selfGovernance', 'prohibited', 'certificateToAbolish', () => undefined)
    .exhaustive();
}

/**
 * The county departments a duty names, whatever its section.
 *
 * @example
 * ```ts
 * dutyDepartments({ section: 'cooperating', key: 'P1', name: '…', legalBases: [], offices: [], leadDepartments: ['yjj'] }); // ['yjj']
 * ```
 */
export function dutyDepartments(duty: Duty): readonly string[] {
  const field = departmentField(duty.section);
  if (!field) return [];
  return ((duty as Record<string, unknown>)[field] as readonly string[] | undefined) ?? [];
}
