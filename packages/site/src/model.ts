import type { Provision } from '@qingdan/core';
import { countyOf, type Division, type Duty, type DutyList, departmentField } from '@qingdan/core';
import { citedInstruments } from './legal.js';
import { countyCode, instrumentId, type SitePaths } from './paths.js';

/**
 * An edition as the pages across editions name it (home, departments, instruments, amendments,
 * the edition's amendment links): the list without its duties, offices and departments, and how
 * many duties it has. Kept for every edition while the build holds one whole list at a time.
 *
 * @example
 * ```ts
 * const ref: EditionRef = siteModel(paths).add(list);
 * ref.dutyCount; // list.duties.length
 * ```
 */
export type EditionRef = Omit<DutyList, 'duties' | 'offices' | 'departments'> & {
  readonly offices: readonly never[];
  readonly departments: readonly never[];
  readonly dutyCount: number;
};

/** The {@link EditionRef} of a list. */
function editionRef(list: DutyList): EditionRef {
  const { duties, offices, departments, ...rest } = list;
  return { ...rest, offices: [], departments: [], dutyCount: duties.length };
}

/** A duty as the pages across editions name it: its key and names. */
type DutyRef = Pick<Duty, 'key' | 'name' | 'nameEn'>;

function dutyRef(duty: Duty): DutyRef {
  return {
    key: duty.key,
    name: duty.name,
    ...(duty.nameEn !== undefined ? { nameEn: duty.nameEn } : {}),
  };
}

/**
 * How a county department takes part in a duty: the field of the duty that names it.
 *
 * @example
 * ```ts
 * const role: DepartmentRole = 'leadDepartments';
 * ```
 */
export type DepartmentRole = NonNullable<ReturnType<typeof departmentField>>;

/**
 * A county department as the site shows it: one page for every list of the county's townships
 * that names a department of that name, with every duty it leads, receives, delegates or asks for.
 *
 * @example
 * ```ts
 * const d: CountyDepartment = { path: '421127/department/yjj/', county, name: '黄梅县应急管理局', duties: [] };
 * ```
 */
export interface CountyDepartment {
  readonly path: string;
  readonly county: Division;
  readonly name: string;
  readonly nameEn?: string;
  readonly duties: {
    readonly list: EditionRef;
    readonly duty: DutyRef;
    readonly role: DepartmentRole;
  }[];
}

/**
 * A legal instrument as the site shows it: every duty of every list citing it, by provision.
 *
 * @example
 * ```ts
 * const i: CitedBy = { path: 'eli/cn/传染病防治法/', title: '中华人民共和国传染病防治法', duties: [] };
 * ```
 */
export interface CitedBy {
  readonly path: string;
  readonly title: string;
  readonly duties: {
    readonly list: EditionRef;
    readonly duty: DutyRef;
    readonly provisions: readonly Provision[];
  }[];
}

/**
 * What the pages across editions need, gathered one edition at a time: the county departments
 * and the instruments, and the page of every department and instrument an added list names.
 * Departments get their page's slug in the order lists are added, so adding the lists in one
 * order always gives the same paths.
 *
 * @example
 * ```ts
 * const model = siteModel(sitePaths(base));
 * model.add(list);
 * model.departmentPath(list, 'yjj'); // '421127/department/yjj/'
 * ```
 */
export function siteModel(paths: SitePaths) {
  const departments = new Map<string, CountyDepartment>();
  const byKey = new Map<string, string>(); // `${edition path}|${key}` → identity
  const slugs = new Map<string, string>(); // `${county}|${slug}` → identity
  const instruments = new Map<string, CitedBy>();
  // Every page linking an instrument asks for it by title: each title is resolved once.
  const ids = new Map<string, string>();
  const idOf = (title: string) => {
    let id = ids.get(title);
    if (id === undefined) {
      id = instrumentId(title);
      ids.set(title, id);
    }
    return id;
  };
  const add = (list: DutyList): EditionRef => {
    const ref = editionRef(list);
    const edition = paths.edition(list);
    const county = countyOf(list.division) ?? list.division;
    const code = countyCode(list);
    for (const d of list.departments) {
      const identity = `${code}|${d.name}`;
      byKey.set(`${edition}|${d.key}`, identity);
      if (departments.has(identity)) continue;
      let slug = d.key;
      for (let n = 2; slugs.has(`${code}|${slug}`); n++) slug = `${d.key}-${n}`;
      slugs.set(`${code}|${slug}`, identity);
      departments.set(identity, {
        path: paths.department(code, slug),
        county,
        name: d.name,
        ...(d.nameEn !== undefined ? { nameEn: d.nameEn } : {}),
        duties: [],
      });
    }
    for (const duty of list.duties) {
      let named: DutyRef | undefined;
      const field = departmentField(duty.section);
      if (field) {
        const keys = (duty as unknown as Record<string, readonly string[]>)[field] ?? [];
        for (const key of keys) {
          const identity = byKey.get(`${edition}|${key}`);
          const department = identity ? departments.get(identity) : undefined;
          if (department) {
            named ??= dutyRef(duty);
            department.duties.push({ list: ref, duty: named, role: field });
          }
        }
      }
      for (const basis of duty.legalBases)
        for (const cited of citedInstruments(basis)) {
          const id = idOf(cited.title);
          let entry = instruments.get(id);
          if (!entry) {
            entry = { path: paths.instrument(cited.title), title: cited.title, duties: [] };
            instruments.set(id, entry);
          }
          named ??= dutyRef(duty);
          entry.duties.push({ list: ref, duty: named, provisions: cited.provisions });
        }
    }
    return ref;
  };
  return {
    departments,
    instruments,
    add,
    departmentPath: (list: Pick<DutyList, 'id' | 'division'>, key: string): string | undefined => {
      const identity = byKey.get(`${paths.edition(list)}|${key}`);
      return identity ? departments.get(identity)?.path : undefined;
    },
    instrumentPath: (title: string): string | undefined => instruments.get(idOf(title))?.path,
  };
}

/**
 * What {@link siteModel} gives.
 *
 * @example
 * ```ts
 * const model: SiteModel = siteModel(paths);
 * ```
 */
export type SiteModel = ReturnType<typeof siteModel>;
