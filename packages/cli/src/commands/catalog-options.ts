import type { CatalogDescription } from '@qingdan/rdf';
import type { Command } from 'commander';
import type { load } from '../load.js';

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
