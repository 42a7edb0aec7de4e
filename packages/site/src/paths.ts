import { countyOf, type DutyList, instrumentKey } from '@qingdan/core';
import { editionIris, instrumentIri, seriesIri } from '@qingdan/rdf';
import type { Lang } from './i18n.js';

/**
 * A page of the site: its folder under the site's root, as a relative URL path of encoded
 * segments ending in `/` (`''` for the home page). The folder is the path of the thing's IRI
 * under the base, so that an IRI opens its page on a static host (`{folder}index.html`).
 *
 * @example
 * ```ts
 * const duty: PagePath = '421127104/wuzu-2024/duty/JB-01/';
 * ```
 */
export type PagePath = string;

/** The part of an IRI under the base, made by `@qingdan/rdf`'s IRI scheme: one source of IRIs. */
function under(base: string, iri: string): PagePath {
  return `${iri.slice(base.length)}/`;
}

/**
 * The folders of the pages, from the IRIs of `@qingdan/rdf` where the thing has one (edition,
 * duty, office, instrument), and for what only the site shows (a county's department, the
 * amendments between two editions, the comparison) beside them.
 *
 * @example
 * ```ts
 * const paths = sitePaths('https://data.example.org/qingdan/');
 * paths.duty(list, 'JB-01'); // '421127104/wuzu-2024/duty/JB-01/'
 * ```
 */
export function sitePaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  // Pages ask for the paths of an edition's duties again and again (the pages across editions
  // go from one edition to another row by row): each edition's IRIs are made once.
  const made = new Map<string, ReturnType<typeof editionIris>>();
  const iris = (list: Pick<DutyList, 'id' | 'division'>) => {
    const key = `${list.division.code}\n${list.id}`;
    let edition = made.get(key);
    if (!edition) {
      edition = editionIris(root, list.division.code, list.id);
      made.set(key, edition);
    }
    return edition;
  };
  return {
    home: '' as PagePath,
    comparison: 'compare/' as PagePath,
    /** An edition's page, at its IRI: `{division}/{id}/`. */
    edition: (list: Pick<DutyList, 'id' | 'division'>) => under(root, iris(list).edition),
    /** A duty's IRI, as `@qingdan/rdf` makes it. */
    dutyIri: (list: Pick<DutyList, 'id' | 'division'>, key: string) => iris(list).duty(key),
    /** A duty's page, at its IRI: `{division}/{id}/duty/{key}/`. */
    duty: (list: Pick<DutyList, 'id' | 'division'>, key: string) =>
      under(root, iris(list).duty(key)),
    /** An office's page, at its IRI within its edition. */
    office: (list: Pick<DutyList, 'id' | 'division'>, key: string) =>
      under(root, iris(list).office(key)),
    /** A legal instrument's page, at its IRI. */
    instrument: (title: string) => under(root, instrumentIri(root, { title })),
    /** A county department's page, in the county's folder: `{county}/department/{key}/`. */
    department: (countyCode: string, key: string) =>
      `${under(root, seriesIri(root, countyCode))}department/${encodeURIComponent(key)}/`,
    /** The amendments from one edition of a division to the next: `{division}/amendments/{a}--{b}/`. */
    amendments: (division: string, from: string, to: string) =>
      `${under(root, seriesIri(root, division))}amendments/${encodeURIComponent(`${from}--${to}`)}/`,
  };
}

/**
 * What a site's paths are made by.
 *
 * @example
 * ```ts
 * const paths: SitePaths = sitePaths(base);
 * ```
 */
export type SitePaths = ReturnType<typeof sitePaths>;

/**
 * The file of a page in one language: `index.html` in Chinese, `index.en.html` in English. Links
 * name the file, so the site also works opened from the folder, without a server.
 *
 * @example
 * ```ts
 * pageFile('eli/cn/x/', 'en'); // 'eli/cn/x/index.en.html'
 * ```
 */
export function pageFile(path: PagePath, lang: Lang): string {
  return `${path}${lang === 'zh' ? 'index.html' : 'index.en.html'}`;
}

/**
 * A relative link from the page at `from` to the file `to` (both under the site's root): up to
 * the folder they share, then down, so that links within an edition stay short.
 *
 * @example
 * ```ts
 * relative('421127104/wuzu-2024/', 'eli/cn/x/index.html'); // '../../eli/cn/x/index.html'
 * relative('421127104/wuzu-2024/duty/JB-01/', '421127104/wuzu-2024/index.html'); // '../../index.html'
 * ```
 */
export function relative(from: PagePath, to: string): string {
  // The length of the folders `from` and `to` share, each ending in `/`.
  let shared = 0;
  for (let i = 0; i < from.length && i < to.length && from[i] === to[i]; i++)
    if (from[i] === '/') shared = i + 1;
  let up = 0;
  for (let i = shared; i < from.length; i++) if (from[i] === '/') up++;
  return '../'.repeat(up) + to.slice(shared);
}

/**
 * The path on disk of a file under the site's root: each segment decoded, as a static host
 * decodes a URL's path before it looks for the file.
 *
 * @example
 * ```ts
 * diskPath('eli/cn/%E6%B3%95/index.html'); // 'eli/cn/法/index.html'
 * ```
 */
export function diskPath(path: string): string {
  if (!path.includes('%')) return path;
  return path
    .split('/')
    .map((s) => decodeURIComponent(s))
    .join('/');
}

/**
 * The county a list belongs to (its division when it names none), whose departments lead,
 * receive and delegate the duties of its townships.
 *
 * @example
 * ```ts
 * countyCode(list); // '421127'
 * ```
 */
export function countyCode(list: Pick<DutyList, 'division'>): string {
  return countyOf(list.division)?.code ?? list.division.code;
}

/**
 * An instrument's identity, as `@qingdan/core` gives it.
 *
 * @example
 * ```ts
 * instrumentId('《中华人民共和国传染病防治法》') === instrumentId('传染病防治法'); // true
 * ```
 */
export function instrumentId(title: string): string {
  return instrumentKey({ title });
}

/**
 * Where the site puts an edition as spreadsheets, beside its linked data: CSV, its CSVW metadata
 * and XLSX, as `qingdan export` writes them.
 *
 * @example
 * ```ts
 * spreadsheetFiles(list).csv; // '421127104/wuzu-2024.csv'
 * ```
 */
export function spreadsheetFiles(list: Pick<DutyList, 'id' | 'division'>) {
  const stem = `${encodeURIComponent(list.division.code)}/${encodeURIComponent(list.id)}`;
  return { csv: `${stem}.csv`, csvw: `${stem}.csv-metadata.json`, xlsx: `${stem}.xlsx` };
}
