import { makeIssue } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import type { Amendment } from './amendment.js';
import { type ChangeContext, existingIndex, reportUnknownPosition } from './change-context.js';
import { placeDuty } from './place-duty.js';

// The changes that decide which duties the list has and in what order. A faulty one reports an
// issue and leaves the duties as they were, so later amendments see an unchanged list.

type Change<C extends Amendment['change']> = Extract<Amendment, { change: C }>;

/** Adds a new duty where the amendment places it; a key already in the list is refused. */
export function addDuty(context: ChangeContext, a: Change<'added'>): void {
  const { duties, issues, at } = context;
  if (duties.some((d) => d.key === a.duty.key)) {
    issues.push(
      makeIssue('amendment-duplicate-duty', 'error', at('duty', 'key'), {
        key: a.duty.key,
        duty: a.duty.name,
      }),
    );
    return;
  }
  if (!placeDuty(duties, a.duty, a.after) && typeof a.after === 'string')
    reportUnknownPosition(context, a.after);
}

/** Takes a duty out of the list. */
export function removeDuty(context: ChangeContext, a: Change<'removed'>): void {
  const n = existingIndex(context, a.key);
  if (n >= 0) context.duties.splice(n, 1);
}

/**
 * Moves a duty to another section, keeping its key; a move within its own section is refused,
 * and when the new place is unknown the duty stays where it was.
 */
export function moveDuty(context: ChangeContext, a: Change<'moved'>): void {
  const { duties, issues, at } = context;
  const n = existingIndex(context, a.key);
  if (n < 0) return;
  const old = duties[n] as Duty;
  if (a.duty.key !== a.key) {
    issues.push(
      makeIssue('amendment-key-changed', 'error', at('duty', 'key'), {
        key: a.key,
        received: a.duty.key,
      }),
    );
    return;
  }
  if (old.section === a.duty.section) {
    issues.push(
      makeIssue('amendment-not-moved', 'error', at('duty', 'section'), {
        key: a.key,
        section: old.section,
      }),
    );
    return;
  }
  duties.splice(n, 1);
  if (!placeDuty(duties, a.duty, a.after)) {
    duties.splice(n, 0, old);
    if (typeof a.after === 'string') reportUnknownPosition(context, a.after);
  }
}

/** Puts the duties in the amendment's order, which must name every duty once. */
export function reorderDuties(context: ChangeContext, a: Change<'reordered'>): void {
  const { duties, issues, at } = context;
  const current = duties.map((d) => d.key).sort();
  const wanted = [...a.order].sort();
  if (current.length !== wanted.length || current.some((k, j) => k !== wanted[j])) {
    issues.push(
      makeIssue('amendment-order-mismatch', 'error', at('order'), {
        expected: current.length,
        received: a.order.length,
      }),
    );
    return;
  }
  const byKey = new Map(duties.map((d) => [d.key, d]));
  duties.splice(0, duties.length, ...a.order.map((k) => byKey.get(k) as Duty));
}
