/**
 * The packages a command needs beyond the core, loaded when that command runs rather than when
 * `qingdan` starts: `qingdan cite` should not pay for the RDF writers, the SHACL engine or
 * ExcelJS. Each command awaits the ones it uses; the module cache makes a second load free.
 *
 * @example
 * ```ts
 * const { publishLists } = await load.rdf();
 * ```
 */
export const load: {
  readonly rdf: () => Promise<typeof import('@qingdan/rdf')>;
  readonly listfile: () => Promise<typeof import('@qingdan/listfile')>;
  readonly spreadsheet: () => Promise<typeof import('@qingdan/spreadsheet')>;
  readonly compare: () => Promise<typeof import('@qingdan/compare')>;
  readonly cpsvAp: () => Promise<typeof import('@qingdan/cpsv-ap')>;
  readonly site: () => Promise<typeof import('@qingdan/site')>;
  readonly store: () => Promise<typeof import('@qingdan/store')>;
} = {
  rdf: () => import('@qingdan/rdf'),
  listfile: () => import('@qingdan/listfile'),
  spreadsheet: () => import('@qingdan/spreadsheet'),
  compare: () => import('@qingdan/compare'),
  cpsvAp: () => import('@qingdan/cpsv-ap'),
  site: () => import('@qingdan/site'),
  store: () => import('@qingdan/store'),
};
