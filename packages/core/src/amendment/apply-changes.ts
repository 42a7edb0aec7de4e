import { match } from 'ts-pattern';
import { type Issue, makeIssue, type PathSegment } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';
import type { Amendment } from './amendment.js';
import { departmentField } from './department-field.js';

/** The amendments' own faults (a key that is not there, a move within a section), located. */
export interface AppliedChanges {
  readonly list: DutyList;
  readonly issues: readonly Issue[];
}

type Placement = string | null | undefined;

function place(duties: Duty[], duty: Duty, after: Placement): boolean {
  if (after === undefined) {
    duties.push(duty);
    return true;
  }
  if (after === null) {
    duties.unshift(duty);
    return true;
  }
  const at = duties.findIndex((d) => d.key === after);
  if (at < 0) return false;
  duties.splice(at + 1, 0, duty);
  return true;
}

/**
 * Applies amendments in order, without checking the invariants of the result: the amendments'
 * own faults come back as issues under `base`, and a faulty amendment changes nothing.
 */
export function applyChanges(
  edition: DutyList,
  amendments: readonly Amendment[],
  base: readonly PathSegment[] = ['amendments'],
): AppliedChanges {
  let list: DutyList = edition;
  const duties: Duty[] = [...edition.duties];
  const issues: Issue[] = [];
  const indexOf = (key: string) => duties.findIndex((d) => d.key === key);

  amendments.forEach((amendment, i) => {
    const at = (...rest: PathSegment[]) => [...base, i, ...rest];
    const unknown = (key: string) =>
      issues.push(makeIssue('amendment-unknown-duty', 'error', at('key'), { key }));
    const existing = (key: string): number => {
      const n = indexOf(key);
      if (n < 0) unknown(key);
      return n;
    };
    const badPlace = (after: string) =>
      issues.push(makeIssue('amendment-unknown-position', 'error', at('after'), { key: after }));

    match(amendment)
      .with({ change: 'added' }, (a) => {
        if (indexOf(a.duty.key) >= 0) {
          issues.push(
            makeIssue('amendment-duplicate-duty', 'error', at('duty', 'key'), {
              key: a.duty.key,
              duty: a.duty.name,
            }),
          );
          return;
        }
        if (!place(duties, a.duty, a.after) && typeof a.after === 'string') badPlace(a.after);
      })
      .with({ change: 'removed' }, (a) => {
        const n = existing(a.key);
        if (n >= 0) duties.splice(n, 1);
      })
      .with({ change: 'moved' }, (a) => {
        const n = existing(a.key);
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
        if (!place(duties, a.duty, a.after)) {
          duties.splice(n, 0, old);
          if (typeof a.after === 'string') badPlace(a.after);
        }
      })
      .with({ change: 'reworded' }, (a) => {
        const n = existing(a.key);
        if (n < 0) return;
        const { name: _n, nameEn: _e, description: _d, ...rest } = duties[n] as Duty;
        duties[n] = {
          ...rest,
          name: a.name,
          ...(a.nameEn !== undefined ? { nameEn: a.nameEn } : {}),
          ...(a.description !== undefined ? { description: a.description } : {}),
        } as Duty;
      })
      .with({ change: 'rebased' }, (a) => {
        const n = existing(a.key);
        if (n >= 0) duties[n] = { ...(duties[n] as Duty), legalBases: a.legalBases };
      })
      .with({ change: 'reassigned' }, (a) => {
        const n = existing(a.key);
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
      })
      .with({ change: 'revised' }, (a) => {
        const n = existing(a.key);
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
      })
      .with({ change: 'reordered' }, (a) => {
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
      })
      .with({ change: 'organisations' }, (a) => {
        const { domains: _d, ...rest } = list;
        list = {
          ...rest,
          offices: a.offices,
          departments: a.departments,
          ...(a.domains !== undefined ? { domains: a.domains } : {}),
        };
      })
      .with({ change: 'edition' }, (a) => {
        list = {
          ...a.header,
          ...(list.domains !== undefined ? { domains: list.domains } : {}),
          offices: list.offices,
          departments: list.departments,
          duties: [],
        };
      })
      .exhaustive();
  });
  return { list: { ...list, duties }, issues };
}
