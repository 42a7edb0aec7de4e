import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type DutyList, diffEditions, type Issue, QingdanError } from '@qingdan/core';
import { openOutputFolder } from '@qingdan/files';
import {
  type CatalogDescription,
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
import { siteAssets } from './assets.js';
import { editionParts } from './edition-data.js';
import { type Page, renderPage, type SiteFrame } from './html/page.js';
import { langs } from './i18n.js';
import { siteModel } from './model.js';
import { apacheConfig, nginxConfig } from './negotiation.js';
import { comparisonPage } from './pages/comparison-page.js';
import { type PageContext, pageJsonLd } from './pages/context.js';
import { amendmentsPage, departmentPage, instrumentPage } from './pages/cross-pages.js';
import { dutyPage, officePage } from './pages/duty-page.js';
import { editionPage } from './pages/edition-page.js';
import { homePage } from './pages/home-page.js';
import { diskPath, pageFile, sitePaths, spreadsheetFiles } from './paths.js';

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
  /** Called after each list is published, then after each edition's pages. */
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
}

/** Editions of one division in order, each pair of neighbours compared. */
function editionPairs(lists: readonly DutyList[]): [DutyList, DutyList][] {
  const byDivision = new Map<string, DutyList[]>();
  for (const l of lists)
    byDivision.set(l.division.code, [...(byDivision.get(l.division.code) ?? []), l]);
  const pairs: [DutyList, DutyList][] = [];
  for (const editions of byDivision.values()) {
    editions.sort(
      (a, b) => (a.issued ?? '').localeCompare(b.issued ?? '') || a.id.localeCompare(b.id),
    );
    for (let i = 1; i < editions.length; i++) {
      const a = editions[i - 1];
      const b = editions[i];
      if (a && b) pairs.push([a, b]);
    }
  }
  return pairs;
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
  const renderer = options.renderer ?? vocabularyRenderer;
  const formats = options.formats ?? publicationFormats;
  const modified = options.modified ?? new Date().toISOString().slice(0, 10);
  const folder = await openOutputFolder(options.out, {
    command: 'site',
    ...(options.inputs ? { inputs: options.inputs } : {}),
  });
  try {
    const read = new Map<string, DutyList>();
    async function* kept() {
      for await (const source of sources) {
        if (source.ok) read.set(source.file, source.list);
        yield source;
      }
    }
    const publication = await publishInto(folder.path, kept(), {
      out: options.out,
      base,
      formats,
      renderer,
      modified,
      keepGoing: options.keepGoing ?? false,
      ...(options.context ? { context: options.context } : {}),
      ...(options.catalog ? { catalog: options.catalog } : {}),
      ...(options.onProgress
        ? { onProgress: (p) => options.onProgress?.({ stage: 'data', done: p.done, file: p.file }) }
        : {}),
    });
    if (!publication.committed) return { committed: false, publication, pages: 0, bytes: 0 };
    const lists = publication.editions.flatMap((e) => read.get(e.file) ?? []);
    read.clear();
    let pages = 0;
    let bytes = 0;
    const write = (path: string, data: string | Uint8Array) => {
      const file = join(folder.path, diskPath(path));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, data);
      bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    };
    const comparison = options.compare !== false && lists.length > 1;
    const frame: SiteFrame = { base, comparison };
    const paths = sitePaths(base);
    const sitemap: string[] = [];
    const emit = (page: Page) => {
      for (const lang of langs) {
        write(pageFile(page.path, lang), renderPage(frame, page, lang));
        pages += 1;
      }
      sitemap.push(page.path);
    };
    const ctx: PageContext = { base, paths, model: siteModel(lists, paths), lists };
    const pairs = editionPairs(lists).map(([from, to]) => ({
      from,
      to,
      path: paths.amendments(from.division.code, from.id, to.id),
    }));
    const instrumentQuads = new Map<string, Map<string, Quad>>();
    const search: [string, string, string][] = [];
    const spreadsheets =
      options.spreadsheets === false ? undefined : await import('@qingdan/spreadsheet');
    for (const [i, list] of lists.entries()) {
      const tables = spreadsheetFiles(list);
      if (spreadsheets) {
        write(tables.csv, spreadsheets.listToCsv(list));
        write(
          tables.csvw,
          `${JSON.stringify(spreadsheets.csvwMetadata(list, tables.csv.slice(tables.csv.lastIndexOf('/') + 1)), null, 2)}\n`,
        );
        write(tables.xlsx, await spreadsheets.listToXlsx(list));
      }
      const parts = editionParts(list, base, renderer);
      for (const [segment, quads] of parts.instruments) {
        const kept = instrumentQuads.get(segment) ?? new Map<string, Quad>();
        instrumentQuads.set(segment, kept);
        for (const q of quads) kept.set(quadKey(q), q);
      }
      emit(
        editionPage(
          ctx,
          list,
          parts.edition,
          formats,
          spreadsheets ? tables : undefined,
          pairs.filter((p) => p.from === list || p.to === list),
        ),
      );
      const segments = new Map<string, string>();
      for (const duty of list.duties) {
        const path = paths.duty(list, duty.key);
        const segment = path.slice(paths.edition(list).length + 'duty/'.length, -1);
        segments.set(duty.key, segment);
        emit(dutyPage(ctx, list, duty, parts.duties.get(segment) ?? []));
        search.push([path, duty.name, list.title]);
      }
      for (const office of list.offices) {
        const path = paths.office(list, office.key);
        const segment = path.slice(paths.edition(list).length + 'office/'.length, -1);
        emit(officePage(ctx, list, office.key, parts.offices.get(segment) ?? []));
      }
      options.onProgress?.({ stage: 'pages', done: i + 1, file: list.id });
    }
    for (const department of ctx.model.departments.values()) emit(departmentPage(ctx, department));
    for (const instrument of ctx.model.instruments.values()) {
      const segment = instrument.path.slice('eli/cn/'.length, -1);
      emit(
        instrumentPage(
          ctx,
          instrument,
          pageJsonLd([...(instrumentQuads.get(segment)?.values() ?? [])]),
        ),
      );
    }
    for (const pair of pairs)
      emit(amendmentsPage(ctx, pair.path, pair.from, pair.to, diffEditions(pair.from, pair.to)));
    if (comparison) {
      const { compareLists } = await import('@qingdan/compare');
      emit(comparisonPage(ctx, compareLists(lists)));
    }
    const catalog = pageJsonLd(
      catalogQuads(publication.editions, {
        base,
        modified,
        ...(options.catalog ? { description: options.catalog } : {}),
      }),
    );
    emit(homePage(ctx, catalog, 'assets/search-data.js'));
    for (const [name, text] of Object.entries(siteAssets())) write(`assets/${name}`, text);
    write(
      'assets/search-data.js',
      `window.qingdanSearch=${JSON.stringify(search).replace(/</g, '\\u003c')};\n`,
    );
    write('sitemap.xml', sitemapXml(base, sitemap));
    write('robots.txt', `User-agent: *\nAllow: /\nSitemap: ${base}sitemap.xml\n`);
    write('.htaccess', apacheConfig(new URL(base).pathname));
    write('nginx.conf', nginxConfig(new URL(base).pathname, '/srv/www'));
    await folder.commit();
    return { committed: true, publication, pages, bytes };
  } finally {
    await folder.discard();
  }
}

function sitemapXml(base: string, paths: readonly string[]): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const urls = paths.map((p) => {
    const links = langs
      .map(
        (l) =>
          `<xhtml:link rel="alternate" hreflang="${l === 'zh' ? 'zh-CN' : 'en'}" href="${esc(base + pageFile(p, l))}"/>`,
      )
      .join('');
    return langs
      .map((l) => `<url><loc>${esc(base + pageFile(p, l))}</loc>${links}</url>`)
      .join('\n');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('\n')}
</urlset>
`;
}
