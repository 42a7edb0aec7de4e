import { makeIssue } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import type { Amendment } from './amendment.js';
import { type ChangeContext, existingIndex } from './change-context.js';
import { departmentField } from './department-field.js';

// The changes that rewrite one duty in its place: its key, section and position stay.

type Change<C extends Amendment['change']> = Extract<Amendment, { change: C }>;

/** Gives a duty a new name; an English name or description the amendment leaves out is dropped. */
export function rewordDuty(context: ChangeContext, a: Change<'reworded'>): void {
  const { duties } = context;
  const n = existingIndex(context, a.key);
  if (n < 0) return;
  const { name: _n, nameEn: _e, description: _d, ...rest } = duties[n] as Duty;
  duties[n] = {
    ...rest,
    name: a.name,
    ...(a.nameEn !== undefined ? { nameEn: a.nameEn } : {}),
    ...(a.description !== undefined ? { description: a.description } : {}),
  } as Duty;
}

/** Gives a duty new legal bases. */
export function rebaseDuty(context: ChangeContext, a: Change<'rebased'>): void {
  const n = existingIndex(context, a.key);
  if (n >= 0) context.duties[n] = { ...(context.duties[n] as Duty), legalBases: a.legalBases };
}

/**
 * Gives a duty new offices and, in the field its section has for them, new county departments;
 * departments for a section without such a field are refused.
 */
export function reassignDuty(context: ChangeContext, a: Change<'reassigned'>): void {
  const { duties, issues, at } = context;
  const n = existingIndex(context, a.key);
  if (n < 0) return;
  const duty = duties[n] as Duty;
  const field = departmentField(duty.section);
  if (a.departments !== undefined && field === undefined) {
    issues.push(
      makeIssue('amendment-no-departments', 'error', at('departments'), {
        key: a.key,
        section: duty.section,
      }),
    );
    return;
  }
  duties[n] = {
    ...duty,
    offices: a.offices,
    ...(field && a.departments !== undefined ? { [field]: a.departments } : {}),
  } as Duty;
}

/** Replaces a duty whole; a new key or section is refused (those are `moved`, or new duties). */
export function reviseDuty(context: ChangeContext, a: Change<'revised'>): void {
  const { duties, issues, at } = context;
  const n = existingIndex(context, a.key);
  if (n < 0) return;
  const old = duties[n] as Duty;
  if (a.duty.key !== a.key || a.duty.section !== old.section) {
    const code = a.duty.key !== a.key ? 'amendment-key-changed' : 'amendment-section-changed';
    issues.push(
      makeIssue(code, 'error', at('duty', a.duty.key !== a.key ? 'key' : 'section'), {
        key: a.key,
        received: a.duty.key !== a.key ? a.duty.key : a.duty.section,
        section: old.section,
      }),
    );
    return;
  }
  duties[n] = a.duty;
}
