import { instrumentKey } from '../legal/instrument-key.js';
import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';
import { isStructured } from '../model/legal-basis.js';
import type { Department, Office } from '../model/organisations.js';

/**
 * The duty with a key, if the list has it.
 *
 * @example
 * ```ts
 * findDuty(list, 'JB-03-012')?.name;
 * ```
 */
export function findDuty(list: DutyList, key: string): Duty | undefined {
  return list.duties.find((d) => d.key === key);
}

/**
 * The office with a key, if the list defines it.
 *
 * @example
 * ```ts
 * findOffice(list, 'shsw')?.name; // '社会事务办公室'
 * ```
 */
export function findOffice(list: DutyList, key: string): Office | undefined {
  return list.offices.find((o) => o.key === key);
}

/**
 * The department with a key, if the list defines it.
 *
 * @example
 * ```ts
 * findDepartment(list, 'yjj')?.name; // '黄梅县应急管理局'
 * ```
 */
export function findDepartment(list: DutyList, key: string): Department | undefined {
  return list.departments.find((d) => d.key === key);
}

/**
 * The duties an undertaking office carries.
 *
 * @example
 * ```ts
 * dutiesOfOffice(list, 'shsw').map((d) => d.name);
 * ```
 */
export function dutiesOfOffice(list: DutyList, officeKey: string): Duty[] {
  return list.duties.filter((d) => d.offices.includes(officeKey));
}

/**
 * The duties that cite an instrument, however each writes its title.
 *
 * @example
 * ```ts
 * dutiesCitingInstrument(list, '传染病防治法').length;
 * ```
 */
export function dutiesCitingInstrument(list: DutyList, title: string): Duty[] {
  const key = instrumentKey({ title });
  return list.duties.filter((d) =>
    d.legalBases.some((b) => isStructured(b) && instrumentKey(b.instrument) === key),
  );
}

/**
 * The duties of a section, typed as that section's duties.
 *
 * @example
 * ```ts
 * dutiesInSection(list, 'cooperating').flatMap((d) => d.leadDepartments);
 * ```
 */
export function dutiesInSection<S extends Duty['section']>(
  list: DutyList,
  section: S,
): Extract<Duty, { section: S }>[] {
  return list.duties.filter((d): d is Extract<Duty, { section: S }> => d.section === section);
}
