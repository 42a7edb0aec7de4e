import type { Provision } from '@qingdan/core';
import { countyOf, type Division, type Duty, type DutyList, departmentField } from '@qingdan/core';
import { citedInstruments } from './legal.js';
import { countyCode, instrumentId, type SitePaths } from './paths.js';

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
    readonly list: DutyList;
    readonly duty: Duty;
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
    readonly list: DutyList;
    readonly duty: Duty;
    readonly provisions: readonly Provision[];
  }[];
}

/**
 * What the pages across editions need, gathered once: the county departments and the instruments,
 * and for each list the page of every department and instrument it names.
 *
 * @example
 * ```ts
 * const model = siteModel(lists, sitePaths(base));
 * model.departmentPath(list, 'yjj'); // '421127/department/yjj/'
 * ```
 */
export function siteModel(lists: readonly DutyList[], paths: SitePaths) {
  const departments = new Map<string, CountyDepartment>();
  const byKey = new Map<string, string>(); // `${list index}|${key}` → identity
  const slugs = new Map<string, string>(); // `${county}|${slug}` → identity
  const instruments = new Map<string, CitedBy>();
  const indexOf = new Map(lists.map((list, i) => [list, i]));
  lists.forEach((list, index) => {
    const county = countyOf(list.division) ?? list.division;
    const code = countyCode(list);
    for (const d of list.departments) {
      const identity = `${code}|${d.name}`;
      byKey.set(`${index}|${d.key}`, identity);
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
      const field = departmentField(duty.section);
      if (field) {
        const keys = (duty as unknown as Record<string, readonly string[]>)[field] ?? [];
        for (const key of keys) {
          const identity = byKey.get(`${index}|${key}`);
          if (identity) departments.get(identity)?.duties.push({ list, duty, role: field });
        }
      }
      for (const basis of duty.legalBases)
        for (const cited of citedInstruments(basis)) {
          const id = instrumentId(cited.title);
          let entry = instruments.get(id);
          if (!entry) {
            entry = { path: paths.instrument(cited.title), title: cited.title, duties: [] };
            instruments.set(id, entry);
          }
          entry.duties.push({ list, duty, provisions: cited.provisions });
        }
    }
  });
  return {
    departments,
    instruments,
    departmentPath: (list: DutyList, key: string): string | undefined => {
      const identity = byKey.get(`${indexOf.get(list)}|${key}`);
      return identity ? departments.get(identity)?.path : undefined;
    },
    instrumentPath: (title: string): string | undefined =>
      instruments.get(instrumentId(title))?.path,
  };
}

/**
 * What {@link siteModel} gives.
 *
 * @example
 * ```ts
 * const model: SiteModel = siteModel(lists, paths);
 * ```
 */
export type SiteModel = ReturnType<typeof siteModel>;
