import type { DutyList } from '../model/duty-list.js';
import type { Amendment } from './amendment.js';

// The changes to the list around its duties. They never fail, and never touch the duties,
// which are kept apart while amendments are applied.

type Change<C extends Amendment['change']> = Extract<Amendment, { change: C }>;

/** The list with new offices and departments; the domain scheme goes unless the amendment has one. */
export function replaceOrganisations(list: DutyList, a: Change<'organisations'>): DutyList {
  const { domains: _d, ...rest } = list;
  return {
    ...rest,
    offices: a.offices,
    departments: a.departments,
    ...(a.domains !== undefined ? { domains: a.domains } : {}),
  };
}

/** The list under a new edition's header, keeping its organisations and domain scheme. */
export function startEdition(list: DutyList, a: Change<'edition'>): DutyList {
  return {
    ...a.header,
    ...(list.domains !== undefined ? { domains: list.domains } : {}),
    offices: list.offices,
    departments: list.departments,
    duties: [],
  };
}
