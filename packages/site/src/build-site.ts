import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { type DutyList, diffEditions, type Issue, QingdanError } from '@qingdan/core';
import { openOutputFolder } from '@qingdan/files';
import {
  type CatalogDescription,
  catalogIri,
  catalogPartIri,
  catalogQuads,
  checkBaseIri,
  type EditionRenderer,
  type PublicationFormat,
  type PublishReport,
  type PublishSource,
  publicationFormats,
  publishInto,
  vocabularyRenderer,
} from '@qingdan/rdf';
import type { Quad } from '@rdfjs/types';
import { appendingFile } from './appending-file.js';
import { siteAssets } from './assets.js';
import { editionParts, keepingRenderer, pageJsonText } from './edition-data.js';
import { editionSpill } from './edition-spill.js';
import { type Page, renderPage, type SiteFrame } from './html/page.js';
import { langs } from './i18n.js';
import { type EditionRef, siteModel } from './model.js';
import { apacheConfig, nginxConfig } from './negotiation.js';
import { comparisonPage } from './pages/comparison-page.js';
import type { PageContext } from './pages/context.js';
import { amendmentsPage, departmentPage, instrumentPage } from './pages/cross-pages.js';
import { dutyPage, officePage } from './pages/duty-page.js';
import { editionPage } from './pages/edition-page.js';
import { homePage } from './pages/home-page.js';
import { diskPath, pageFile, sitePaths, spreadsheetFiles } from './paths.js';
import { sitemapWriter } from './sitemap.js';

/**
 * Options of {@link buildSite}.
 *
 * @example
 * ```ts
 * const options: SiteOptions = { out: 'out/site', base: 'https://data.example.org/qingdan/', inputs: ['examples/lists'] };
 * ```
 */
export interface SiteOptions {
  /** The output folder: absent, empty or an earlier site; replaced as a whole on success. */
  readonly out: string;
  /** What the lists are read from, which the output may not replace. */
  readonly inputs?: readonly string[];
  /** The base IRI the site is hosted at and every IRI is made from. */
  readonly base: string;
  /** Data formats to publish beside the pages; all by default. */
  readonly formats?: readonly PublicationFormat[];
  /** Build the site of the valid lists even when some are invalid. */
  readonly keepGoing?: boolean;
  /** The day of the publication, `YYYY-MM-DD`; today (UTC) by default. */
  readonly modified?: string;
  /** Whether to offer each edition as CSV (with CSVW metadata) and XLSX too; on by default. */
  readonly spreadsheets?: boolean;
  /** Whether to compare the lists (when there are two or more); on by default. */
  readonly compare?: boolean;
  readonly renderer?: EditionRenderer;
  /** The IRI of the JSON-LD context the data names; the copy the site carries by default. */
  readonly context?: string;
  /** How the DCAT catalog describes the site's data (licence, publisher, contact point). */
  readonly catalog?: CatalogDescription;
  /** Called after each list is read and published (`data`), and after its pages (`pages`). */
  readonly onProgress?: (progress: {
    readonly stage: 'data' | 'pages';
    readonly done: number;
    readonly file: string;
  }) => void;
}

/**
 * What building a site did: the publication of its data, how many pages (counting each
 * language) and files it wrote, and whether the output folder was replaced.
 *
 * @example
 * ```ts
 * const report: SiteReport = await buildSite(sources, options);
 * report.pages; // 2 per page: Chinese and English
 * ```
 */
export interface SiteReport<I extends Issue = Issue> {
  readonly committed: boolean;
  readonly publication: PublishReport<I>;
  readonly pages: number;
  readonly bytes: number;
  /**
   * What the site left out and why, by list file: an edition's XLSX download when a value is
   * longer than an Excel cell holds (`spreadsheet-cell-too-long`; its CSV is still offered).
   */
  readonly warnings: readonly { readonly file: string; readonly issues: readonly Issue[] }[];
}

/** Editions of one division in order, each pair of neighbours compared (as indices). */
function editionPairs(editions: readonly EditionRef[]): [number, number][] {
  const byDivision = new Map<string, number[]>();
  for (const [i, e] of editions.entries())
    byDivision.set(e.division.code, [...(byDivision.get(e.division.code) ?? []), i]);
  const pairs: [number, number][] = [];
  for (const indices of byDivision.values()) {
    const sorted = indices
      .map((i) => editions[i] as EditionRef)
      .map((e, n) => ({ e, i: indices[n] as number }))
      .sort(
        (a, b) =>
          (a.e.issued ?? '').localeCompare(b.e.issued ?? '') || a.e.id.localeCompare(b.e.id),
      )
      .map(({ i }) => i);
    for (let n = 1; n < sorted.length; n++)
      pairs.push([sorted[n - 1] as number, sorted[n] as number]);
  }
  return pairs;
}

/** A list as the comparison reads it: its duties without what no measure looks at. */
function comparable(list: DutyList): DutyList {
  return {
    ...list,
    duties: list.duties.map((duty) => {
      const { description, resources, extraColumns, localTo, ...kept } = duty;
      return kept as typeof duty;
    }),
  };
}

const quadKey = (q: Quad) =>
  `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`;

/**
 * Builds the static site of the lists into `out`: the data as `qingdan publish` writes it (at
 * the same paths, so the IRIs resolve), and beside it a page in Chinese and in English for the
 * home, every edition, duty, office, county department, legal instrument, pair of editions of a
 * division and, given several lists, their comparison; the assets, the search index, `sitemap.xml`
 * and content-negotiation configs for nginx and Apache. Written through `@qingdan/files`: the
 * folder is replaced whole at the end, and refused when it holds anything a site build did not
 * write or is (in) an input.
 *
 * Memory stays flat in the number of editions: each list is read, published and its duty and
 * office pages written before the next is read; the list then waits in the staging folder for
 * its edition page and amendments (which need every edition of its division known), and the
 * pages across editions keep only compact references to editions and duties.
 *
 * @example
 * ```ts
 * const report = await buildSite(sources, { out: 'out/site', base: 'https://data.example.org/qingdan/' });
 * report.committed; // true when every list was valid
 * ```
 */
export async function buildSite<I extends Issue>(
  sources: AsyncIterable<PublishSource<I>> | Iterable<PublishSource<I>>,
  options: SiteOptions,
): Promise<SiteReport<I>> {
  const baseIssue = checkBaseIri(options.base);
  if (baseIssue) throw new QingdanError([baseIssue]);
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  // The quads the publication makes of each list are kept for its pages, not made again.
  const renderer = keepingRenderer(options.renderer ?? vocabularyRenderer);
  const formats = options.formats ?? publicationFormats;
  const modified = options.modified ?? new Date().toISOString().slice(0, 10);
  const folder = await openOutputFolder(options.out, {
    command: 'site',
    ...(options.inputs ? { inputs: options.inputs } : {}),
  });
  try {
    let pages = 0;
    let bytes = 0;
    // A page's two languages go to one folder, one after the other: made once.
    let made = '';
    const root = folder.path.replace(/[/\\]+$/, '');
    const write = (path: string, data: string | Uint8Array) => {
      // Site paths are relative and clean: joined without normalising, the folder cut at the last `/`.
      const file = `${root}/${diskPath(path)}`;
      const dir = file.slice(0, file.lastIndexOf('/'));
      if (dir !== made) {
        mkdirSync(dir, { recursive: true });
        made = dir;
      }
      if (typeof data !== 'string') {
        writeFileSync(file, data);
        bytes += data.byteLength;
        return;
      }
      // Text is written by one `writeSync`, which encodes it and counts its bytes in one go.
      const fd = openSync(file, 'w');
      try {
        bytes += writeSync(fd, data);
      } finally {
        closeSync(fd);
      }
    };
    const paths = sitePaths(base);
    const model = siteModel(paths);
    const editions: EditionRef[] = [];
    const ctx: PageContext = { base, paths, model, editions };
    const compare = options.compare !== false;
    const compared: DutyList[] = [];
    // Every page names the comparison when there is one: known once a second list is published.
    let frame: SiteFrame | undefined = compare ? undefined : { base, comparison: false };
    const render = (page: Page) => {
      for (const lang of langs) {
        write(
          pageFile(page.path, lang),
          renderPage(frame ?? { base, comparison: false }, page, lang),
        );
        pages += 1;
      }
    };
    // The sitemap and the search index grow with the duties: written as the pages are.
    const sitemap = sitemapWriter(folder.path, base);
    const listed = sitemap.add;
    const emit = (page: Page) => {
      render(page);
      listed(page.path);
    };
    const search = appendingFile(join(folder.path, 'assets/search-data.js'));
    search.write('window.qingdanSearch=[');
    let searched = 0;
    const instrumentQuads = new Map<string, Map<string, Quad>>();
    const spill = editionSpill(join(folder.path, '.editions'));
    const warnings: { file: string; issues: Issue[] }[] = [];
    /** Editions, by index, whose XLSX is not offered. */
    const noXlsx = new Set<number>();
    const spreadsheets =
      options.spreadsheets === false ? undefined : await import('@qingdan/spreadsheet');

    /** One edition's files and pages but its edition page, which waits for its division. */
    const pagesOf = async ({ list, file }: { list: DutyList; file: string }) => {
      const index = editions.length;
      editions.push(model.add(list));
      if (compare) compared.push(comparable(list));
      if (spreadsheets) {
        const tables = spreadsheetFiles(list);
        // A workbook with a cell past Excel's limit is one Excel cuts or calls damaged: not
        // offered, and said so; the CSV holds the value whole.
        const tooLong = spreadsheets.xlsxCellsTooLong(list);
        if (tooLong.length > 0) {
          noXlsx.add(index);
          warnings.push({
            file,
            issues: tooLong.map((issue) => ({ ...issue, severity: 'warning' as const })),
          });
        }
        write(tables.csv, spreadsheets.listToCsv(list));
        write(
          tables.csvw,
          `${JSON.stringify(spreadsheets.csvwMetadata(list, tables.csv.slice(tables.csv.lastIndexOf('/') + 1)), null, 2)}\n`,
        );
        if (tooLong.length === 0) write(tables.xlsx, await spreadsheets.listToXlsx(list));
      }
      const parts = editionParts(list, base, renderer);
      for (const [segment, quads] of parts.instruments) {
        const kept = instrumentQuads.get(segment) ?? new Map<string, Quad>();
        instrumentQuads.set(segment, kept);
        for (const q of quads) kept.set(quadKey(q), q);
      }
      listed(paths.edition(list));
      for (const duty of list.duties) {
        const path = paths.duty(list, duty.key);
        const segment = path.slice(paths.edition(list).length + 'duty/'.length, -1);
        emit(dutyPage(ctx, list, duty, parts.jsonText(parts.duties.get(segment) ?? [])));
        search.write(
          `${searched++ > 0 ? ',' : ''}${JSON.stringify([path, duty.name, list.title]).replace(/</g, '\\u003c')}`,
        );
      }
      for (const office of list.offices) {
        const path = paths.office(list, office.key);
        const segment = path.slice(paths.edition(list).length + 'office/'.length, -1);
        emit(officePage(ctx, list, office.key, parts.jsonText(parts.offices.get(segment) ?? [])));
      }
      spill.put(index, { list, jsonLd: parts.jsonText(parts.edition) });
      options.onProgress?.({ stage: 'pages', done: index + 1, file: list.id });
    };
    const waiting: { list: DutyList; file: string }[] = [];
    const take = async (edition: { list: DutyList; file: string }) => {
      if (frame) return pagesOf(edition);
      waiting.push(edition);
      if (waiting.length < 2) return;
      frame = { base, comparison: true };
      for (const l of waiting.splice(0)) await pagesOf(l);
    };

    // Each list is published, then its pages are written, before the next is read.
    let published = 0;
    let paged = 0;
    async function* oneAtATime() {
      for await (const source of sources) {
        yield source;
        if (published > paged && source.ok) await take({ list: source.list, file: source.file });
        paged = published;
      }
    }
    const publication = await publishInto(folder.path, oneAtATime(), {
      out: options.out,
      base,
      formats,
      renderer,
      modified,
      keepGoing: options.keepGoing ?? false,
      ...(options.context ? { context: options.context } : {}),
      ...(options.catalog ? { catalog: options.catalog } : {}),
      onProgress: (p) => {
        published = p.published;
        options.onProgress?.({ stage: 'data', done: p.done, file: p.file });
      },
    });
    if (!publication.committed) {
      sitemap.close();
      search.close();
      return { committed: false, publication, pages: 0, bytes: 0, warnings };
    }
    frame ??= { base, comparison: false };
    for (const l of waiting.splice(0)) await pagesOf(l);

    const pairs = editionPairs(editions).map(([from, to]) => ({
      from,
      to,
      path: paths.amendments(
        (editions[from] as EditionRef).division.code,
        (editions[from] as EditionRef).id,
        (editions[to] as EditionRef).id,
      ),
    }));
    for (const [index, ref] of editions.entries()) {
      const { list, jsonLd } = spill.take(index) as { list: DutyList; jsonLd: string };
      render(
        editionPage(
          ctx,
          list,
          jsonLd,
          formats,
          spreadsheets
            ? noXlsx.has(index)
              ? { ...spreadsheetFiles(ref), xlsx: undefined }
              : spreadsheetFiles(ref)
            : undefined,
          pairs
            .filter((p) => p.from === index || p.to === index)
            .map((p) => ({
              path: p.path,
              from: editions[p.from] as EditionRef,
              to: editions[p.to] as EditionRef,
            })),
        ),
      );
    }
    for (const department of model.departments.values()) emit(departmentPage(ctx, department));
    for (const instrument of model.instruments.values()) {
      const segment = instrument.path.slice('eli/cn/'.length, -1);
      emit(
        instrumentPage(
          ctx,
          instrument,
          pageJsonText([...(instrumentQuads.get(segment)?.values() ?? [])]),
        ),
      );
    }
    instrumentQuads.clear();
    let held: { index: number; list: DutyList } | undefined;
    const listAt = (index: number): DutyList => {
      if (held?.index !== index)
        held = { index, list: (spill.take(index) as { list: DutyList }).list };
      return held.list;
    };
    for (const pair of pairs) {
      const from = listAt(pair.from);
      const to = listAt(pair.to);
      emit(amendmentsPage(ctx, pair.path, from, to, diffEditions(from, to)));
    }
    held = undefined;
    spill.remove();
    if (frame.comparison) {
      const { compareLists, similarityFile, similarityTable } = await import('@qingdan/compare');
      const comparison = compareLists(compared);
      // The similarity behind the page, for researchers: the matrix, or each list's nearest.
      const table = similarityFile(comparison);
      const csv = appendingFile(join(folder.path, `${paths.comparison}${table}`));
      for (const piece of similarityTable(comparison)) csv.write(piece);
      bytes += csv.close();
      emit(comparisonPage(ctx, comparison, table));
    }
    compared.length = 0;
    // The home page's own data: the catalog with its publisher and contact point, naming its
    // datasets. Their descriptions are catalog.jsonld's, which the page links: embedded whole,
    // they came to 5 KB an edition on the home page in each language (8 MB at 1,500 editions).
    const catalogNodes = new Set([
      catalogIri(base),
      catalogPartIri(base, 'publisher'),
      catalogPartIri(base, 'contact'),
    ]);
    const catalog = pageJsonText(
      catalogQuads(publication.editions, {
        base,
        modified,
        ...(options.catalog ? { description: options.catalog } : {}),
      }).filter((q) => catalogNodes.has(q.subject.value)),
    );
    emit(homePage(ctx, catalog, 'assets/search-data.js'));
    for (const [name, text] of Object.entries(siteAssets())) write(`assets/${name}`, text);
    search.write('];\n');
    bytes += search.close();
    bytes += sitemap.close();
    write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${base}sitemap.xml\n`);
    write('.htaccess', apacheConfig(new URL(base).pathname));
    write('nginx.conf', nginxConfig(new URL(base).pathname, '/srv/www'));
    await folder.commit();
    return { committed: true, publication, pages, bytes, warnings };
  } finally {
    await folder.discard();
  }
}
