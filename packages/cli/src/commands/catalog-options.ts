import type { CatalogDescription, PublicationFormat } from '@qingdan/rdf';
import type { Command } from 'commander';
import { exitCodes } from '../exit-codes.js';
import type { Io } from '../io.js';
import type { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';

/** What the options of {@link addCatalogOptions} parse to. */
export interface CatalogCommandOptions {
  readonly context: string;
  readonly licence?: string;
  readonly publisher?: string;
  readonly contact?: string;
}

/**
 * Adds the options that say where the JSON-LD context is and how the DCAT catalog describes the
 * publication, shared by `qingdan publish` and `qingdan site`.
 *
 * @example
 * ```ts
 * addCatalogOptions(program.command('publish'));
 * ```
 */
export function addCatalogOptions(command: Command): Command {
  return command
    .option(
      '--context <where>',
      'JSON-LD 上下文的地址：base（随数据发布于 {base}vocab/context.jsonld）或 w3id / where the JSON-LD names its context: base (carried under {base}vocab/) or w3id',
      'base',
    )
    .option('--licence <iri>', '数据许可协议的 IRI / IRI of the licence (default CC BY 4.0)')
    .option(
      '--publisher <name>',
      '数据目录的发布者 / publisher of the catalog (default: the host of --base)',
    )
    .option(
      '--contact <email-or-url>',
      '联系方式：电子邮箱或网址 / contact point: an e-mail address or a web page (default: --base)',
    );
}

/**
 * The publishing options the catalog options give: the context's IRI and the catalog's
 * description, defaults filled in by `@qingdan/rdf`.
 *
 * @example
 * ```ts
 * const extra = catalogPublishOptions(rdf, options.base, options);
 * ```
 */
export function catalogPublishOptions(
  rdf: Awaited<ReturnType<typeof load.rdf>>,
  base: string,
  options: CatalogCommandOptions,
): { context: string; catalog: CatalogDescription } | { error: string } {
  if (options.context !== 'base' && options.context !== 'w3id')
    return { error: `--context: base 或 / or w3id, not ${options.context}` };
  const defaults = rdf.defaultCatalogDescription(base);
  const contact = options.contact;
  return {
    context:
      options.context === 'w3id'
        ? rdf.qingdanContextIri
        : rdf.publishedVocabularyIri(base, 'context.jsonld'),
    catalog: {
      ...defaults,
      ...(options.licence ? { licence: options.licence } : {}),
      ...(options.publisher ? { publisher: options.publisher } : {}),
      ...(contact
        ? {
            contact:
              contact.includes('@') && !contact.includes('/')
                ? { email: contact }
                : { url: contact },
          }
        : {}),
    },
  };
}

/**
 * The checks `qingdan publish` and `qingdan site` make before reading any list: the formats,
 * the base IRI (a located issue, as JSON under `--json`) and the catalog options. Each failure
 * is reported and is a usage error; `undefined` then.
 *
 * @example
 * ```ts
 * const settings = publicationSettings(rdf, options, io, exit);
 * if (settings === undefined) return;
 * ```
 */
export function publicationSettings(
  rdf: Awaited<ReturnType<typeof load.rdf>>,
  options: CatalogCommandOptions & {
    readonly base: string;
    readonly format: string;
    readonly json?: boolean;
  },
  io: Io,
  exit: (code: number) => void,
):
  | {
      readonly formats: readonly PublicationFormat[];
      readonly described: { context: string; catalog: CatalogDescription };
    }
  | undefined {
  const formats = rdf.parseFormats(options.format);
  if (!formats.ok) {
    io.stderr(
      `不认识的格式 / unknown format(s): ${formats.unknown.join(', ') || '(none)'}; 可选 / allowed: jsonld, ttl, nt, nq\n`,
    );
    exit(exitCodes.usage);
    return undefined;
  }
  const baseIssue = rdf.checkBaseIri(options.base);
  if (baseIssue) {
    const issue = { ...baseIssue, file: '--base' };
    if (options.json)
      io.stdout(`${JSON.stringify({ ok: false, issues: [issueToJson(issue)] }, null, 2)}\n`);
    else io.stderr(formatIssueForTerminal(issue));
    exit(exitCodes.usage);
    return undefined;
  }
  const described = catalogPublishOptions(rdf, options.base, options);
  if ('error' in described) {
    io.stderr(`${described.error}\n`);
    exit(exitCodes.usage);
    return undefined;
  }
  const catalogIssue = rdf.checkCatalogDescription(described.catalog);
  if (catalogIssue) {
    const issue = { ...catalogIssue, file: `--${catalogIssue.params.field}` };
    if (options.json)
      io.stdout(`${JSON.stringify({ ok: false, issues: [issueToJson(issue)] }, null, 2)}\n`);
    else io.stderr(formatIssueForTerminal(issue));
    exit(exitCodes.usage);
    return undefined;
  }
  return { formats: formats.formats, described };
}
