import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { asPublished, type DutyList, type Issue, makeIssue, QingdanError } from '@qingdan/core';
import { openOutputFolder } from '@qingdan/files';
import {
  type CatalogDescription,
  type CatalogEdition,
  catalogQuads,
  checkCatalogDescription,
} from '../dcat/index.js';
import { checkBaseIri } from '../iri/base-iri.js';
import { publishedVocabularyIri } from '../iri/index.js';
import { quadsToJsonLd } from '../jsonld/quads-to-jsonld.js';
import { quadsToTurtle } from '../serialize/index.js';
import { type PublicationFormat, publicationFormats } from './formats.js';
import { catalogFiles } from './layout.js';
import { loneSurrogateIssues } from './lone-surrogates.js';
import type { EditionRenderer } from './renderer.js';
import { vocabularyFiles } from './vocabulary-files.js';
import { writeEdition } from './write-edition.js';

/**
 * One list to publish, as a reader gives it: the list, or the issues that kept it from being
 * read. `I` is the reader's issue type (with file positions, say), handed back untouched.
 */
export type PublishSource<I extends Issue = Issue> =
  | { readonly ok: true; readonly file: string; readonly list: DutyList }
  | { readonly ok: false; readonly file: string; readonly issues: readonly I[] };

/** Options of {@link publishLists}. */
export interface PublishOptions {
  /**
   * The output folder; replaced as a whole at the end of a successful run. It must be absent,
   * empty or an earlier publication (which holds the marker publishing writes), and never one
   * of `inputs`, a folder holding one or a folder inside one.
   */
  readonly out: string;
  /** The files and folders the lists are read from, which the output may not replace. */
  readonly inputs?: readonly string[];
  /** The base IRI every edition's IRIs are made from. */
  readonly base: string;
  /** Formats to write; all four by default. */
  readonly formats?: readonly PublicationFormat[];
  /** Publish the valid lists even when some are invalid (which are then listed, not written). */
  readonly keepGoing?: boolean;
  /** Turns an edition into quads and JSON-LD. */
  readonly renderer: EditionRenderer;
  /** The day of the publication, `YYYY-MM-DD`; today (UTC) by default. */
  readonly modified?: string;
  /**
   * The IRI of the JSON-LD context the editions name: by default the copy the publication
   * carries, `{base}vocab/context.jsonld`; `qingdanContextIri` for the vocabulary's w3id name.
   */
  readonly context?: string;
  /** The licence, description, publisher and contact point of the catalog and its datasets. */
  readonly catalog?: CatalogDescription;
  /** Called after each list, for a progress bar. */
  readonly onProgress?: (progress: PublishProgress) => void;
}

/** Where a run is, after a list has been handled. */
export interface PublishProgress {
  readonly file: string;
  readonly done: number;
  readonly published: number;
  readonly rejected: number;
}

/** What a run did. `committed` tells whether the output folder was replaced. */
export interface PublishReport<I extends Issue = Issue> {
  readonly committed: boolean;
  readonly editions: readonly (CatalogEdition & {
    readonly file: string;
    readonly duties: number;
    readonly triples: number;
  })[];
  readonly rejected: readonly { readonly file: string; readonly issues: readonly (I | Issue)[] }[];
  readonly totals: {
    readonly editions: number;
    readonly duties: number;
    readonly triples: number;
    readonly bytes: Readonly<Partial<Record<PublicationFormat | 'catalog', number>>>;
    readonly milliseconds: number;
  };
}

function checkEdition(list: DutyList, seen: Map<string, string>, file: string): Issue[] {
  const result = asPublished(list);
  const issues: Issue[] = result.ok ? [] : [...result.issues];
  issues.push(...loneSurrogateIssues(list));
  const key = `${list.division.code}/${list.id}`;
  const first = seen.get(key);
  if (first !== undefined)
    issues.push(
      makeIssue('duplicate-edition', 'error', ['id'], {
        id: list.id,
        division: list.division.code,
        first,
      }),
    );
  else if (issues.length === 0) seen.set(key, file);
  return issues;
}

/** Only what the catalog needs is kept of each edition, so memory does not grow with duties. */
function catalogFields(list: DutyList): CatalogEdition['list'] {
  const { id, title, titleEn, division, issuer, issued, edition, supersedes } = list;
  return {
    id,
    title,
    division,
    issuer,
    ...(titleEn !== undefined ? { titleEn } : {}),
    ...(issued !== undefined ? { issued } : {}),
    ...(edition !== undefined ? { edition } : {}),
    ...(supersedes !== undefined ? { supersedes } : {}),
  };
}

/**
 * Publishes lists as linked data, one edition at a time, into a staging folder beside `out`
 * that replaces `out` only when the run succeeds: a failed or killed run leaves the previous
 * publication whole. An `out` that holds anything publishing did not write is refused before
 * anything is written (an `OutputRefusedError` of `@qingdan/files`), and so is one that is, holds
 * or lies in one of `inputs`; file-system failures are thrown as its `FileSystemError`. A base
 * IRI that {@link baseIriProblem} refuses is thrown as a `QingdanError`. Each edition must be publishable (published or superseded, every invariant
 * held), appear once, and hold only Unicode text. Without `keepGoing` the first invalid list
 * stops the writing, but every list is still checked so every issue is reported, and nothing is
 * replaced. Writes `<division-code>/<edition-id>.<format>` per edition and `catalog.ttl` +
 * `catalog.jsonld` (DCAT 3) at the top.
 *
 * @example
 * ```ts
 * const report = await publishLists(sources, { out: 'public', base: 'https://data.example.org/', renderer });
 * if (!report.committed) for (const r of report.rejected) console.error(r.file, r.issues);
 * ```
 */
export async function publishLists<I extends Issue>(
  sources: AsyncIterable<PublishSource<I>> | Iterable<PublishSource<I>>,
  options: PublishOptions,
): Promise<PublishReport<I>> {
  const optionIssue =
    checkBaseIri(options.base) ??
    (options.catalog ? checkCatalogDescription(options.catalog) : undefined);
  if (optionIssue) throw new QingdanError([optionIssue]);
  const folder = await openOutputFolder(options.out, {
    command: 'publish',
    ...(options.inputs ? { inputs: options.inputs } : {}),
  });
  try {
    const report = await publishInto(folder.path, sources, options);
    if (!report.committed) return report;
    await folder.commit();
    return report;
  } finally {
    await folder.discard();
  }
}

/**
 * What {@link publishLists} writes, into a folder the caller has opened (a staging folder of
 * `@qingdan/files`' `openOutputFolder`, which the caller commits): the site command publishes the
 * data into the folder it writes its pages in. `committed` in the report says whether every
 * edition was written (or `keepGoing` let the valid ones through) and the catalog with them, so
 * that the caller may commit; `options.out` and `options.inputs` are not looked at.
 *
 * @example
 * ```ts
 * const folder = await openOutputFolder('site', { command: 'site' });
 * const report = await publishInto(folder.path, sources, { out: 'site', base, renderer });
 * if (report.committed) await folder.commit();
 * ```
 */
export async function publishInto<I extends Issue>(
  staging: string,
  sources: AsyncIterable<PublishSource<I>> | Iterable<PublishSource<I>>,
  options: PublishOptions,
): Promise<PublishReport<I>> {
  const optionIssue =
    checkBaseIri(options.base) ??
    (options.catalog ? checkCatalogDescription(options.catalog) : undefined);
  if (optionIssue) throw new QingdanError([optionIssue]);
  const started = performance.now();
  const formats = options.formats ?? publicationFormats;
  const modified = options.modified ?? new Date().toISOString().slice(0, 10);
  const editions: PublishReport<I>['editions'][number][] = [];
  const rejected: PublishReport<I>['rejected'][number][] = [];
  const bytes: Partial<Record<PublicationFormat | 'catalog', number>> = {};
  const seen = new Map<string, string>();
  let done = 0;
  let committed = false;
  for await (const source of sources) {
    done += 1;
    const issues = source.ok ? checkEdition(source.list, seen, source.file) : source.issues;
    if (issues.length > 0 || !source.ok) rejected.push({ file: source.file, issues });
    else if (rejected.length === 0 || options.keepGoing) {
      const written = writeEdition(source.list, {
        folder: staging,
        base: options.base,
        formats,
        renderer: options.renderer,
        context: options.context ?? publishedVocabularyIri(options.base, 'context.jsonld'),
      });
      for (const d of written.distributions) bytes[d.format] = (bytes[d.format] ?? 0) + d.bytes;
      editions.push({
        file: source.file,
        list: catalogFields(source.list),
        duties: source.list.duties.length,
        triples: written.triples,
        distributions: written.distributions,
      });
    }
    options.onProgress?.({
      file: source.file,
      done,
      published: editions.length,
      rejected: rejected.length,
    });
  }
  if (rejected.length === 0 || options.keepGoing) {
    const catalog = catalogQuads(editions, {
      base: options.base,
      modified,
      ...(options.catalog ? { description: options.catalog } : {}),
    });
    const turtle = quadsToTurtle(catalog);
    const jsonld = `${JSON.stringify(quadsToJsonLd(catalog), null, 2)}\n`;
    writeFileSync(join(staging, catalogFiles.ttl), turtle);
    writeFileSync(join(staging, catalogFiles.jsonld), jsonld);
    for (const [path, text] of Object.entries(vocabularyFiles())) {
      mkdirSync(dirname(join(staging, path)), { recursive: true });
      writeFileSync(join(staging, path), text);
    }
    bytes.catalog = Buffer.byteLength(turtle) + Buffer.byteLength(jsonld);
    committed = true;
  }
  return {
    committed,
    editions,
    rejected,
    totals: {
      editions: editions.length,
      duties: editions.reduce((n, e) => n + e.duties, 0),
      triples: editions.reduce((n, e) => n + e.triples, 0),
      bytes,
      milliseconds: performance.now() - started,
    },
  };
}
