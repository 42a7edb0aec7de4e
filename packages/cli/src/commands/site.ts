import { stat } from 'node:fs/promises';
import { escapeForTerminal as t } from '@qingdan/core';
import type { PublishSource } from '@qingdan/rdf';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { progressBar } from '../output/progress-bar.js';
import {
  addCatalogOptions,
  type CatalogCommandOptions,
  publicationSettings,
} from './catalog-options.js';

interface SiteCommandOptions extends CatalogCommandOptions {
  readonly out: string;
  readonly base: string;
  readonly format: string;
  readonly keepGoing?: boolean;
  readonly compare: boolean;
  readonly json?: boolean;
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** `qingdan site <lists... | published dir> --out <dir> --base <iri>`: the static site of the lists. */
export const siteCommand: CommandRegistration = (program, { io, exit }) => {
  addCatalogOptions(program.command('site'))
    .description(
      '生成静态开放数据网站：每个清单版本、事项、部门、法规一页，中英文，内嵌关联数据，附数据下载、目录与站点地图 / ' +
        'build the static open-data site: a page per edition, duty, department and law, in Chinese and English, with the linked data embedded, downloads, catalog and sitemap',
    )
    .argument(
      '<inputs...>',
      '清单文件、文件夹，或 qingdan publish 的输出目录 / list files, folders, or a folder written by qingdan publish',
    )
    .requiredOption(
      '--out <dir>',
      '输出目录：不存在、为空或以前生成的网站，成功后整体替换 / output folder: absent, empty or an earlier site; replaced as a whole on success',
    )
    .requiredOption(
      '--base <iri>',
      '网站所在的基础地址，以 / 结尾，所有 IRI 由此生成 / base IRI the site is hosted at, ending in /; every IRI is made from it',
    )
    .option(
      '--format <formats>',
      '数据格式，逗号分隔 / data formats, comma-separated: jsonld,ttl,nt,nq',
      'jsonld,ttl,nt,nq',
    )
    .option(
      '--keep-going',
      '有无效清单时仍用其余清单生成网站 / build the site of the valid lists even when some are invalid',
    )
    .option('--no-compare', '不生成清单比较页 / leave out the comparison page')
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (paths: string[], options: SiteCommandOptions) => {
      const rdf = await load.rdf();
      const { buildSite, isPublishedFolder, publishedSources } = await load.site();
      const { findListFiles, readListFile } = await load.listfile();
      const settings = publicationSettings(rdf, options, io, exit);
      if (settings === undefined) return;
      const { formats, described } = settings;
      const published: string[] = [];
      const listPaths: string[] = [];
      for (const p of paths)
        ((await isFolder(p)) && (await isPublishedFolder(p)) ? published : listPaths).push(p);
      const files = listPaths.length > 0 ? await findListFiles(listPaths) : [];
      if (files.length === 0 && published.length === 0) {
        io.stderr(`没有找到清单文件 / no list files found in: ${t(paths.join(', '))}\n`);
        exit(exitCodes.usage);
        return;
      }
      async function* sources(): AsyncGenerator<PublishSource> {
        for (const folder of published) yield* publishedSources(folder);
        for (const file of files) {
          const result = await readListFile(file);
          yield result.ok
            ? { ok: true, file, list: result.value }
            : { ok: false, file, issues: result.issues };
        }
      }
      const bar = options.json
        ? undefined
        : progressBar(io, '网站 site', files.length + published.length);
      const report = await buildSite(sources(), {
        out: options.out,
        inputs: paths,
        base: options.base,
        formats,
        keepGoing: options.keepGoing ?? false,
        compare: options.compare,
        ...described,
        ...(bar
          ? {
              // Each list's pages are written as it is published: the data stage tells it all.
              onProgress: (p) => {
                if (p.stage === 'data')
                  bar.draw(Math.min(p.done, files.length + published.length), p.file);
              },
            }
          : {}),
      });
      bar?.done();
      const { publication } = report;
      if (options.json)
        io.stdout(
          `${JSON.stringify(
            {
              committed: report.committed,
              out: options.out,
              pages: report.pages,
              bytes: report.bytes,
              editions: publication.totals.editions,
              duties: publication.totals.duties,
              rejected: publication.rejected.map((r) => ({
                file: r.file,
                issues: r.issues.map((i) => issueToJson({ file: r.file, ...i })),
              })),
              warnings: report.warnings.map((w) => ({
                file: w.file,
                issues: w.issues.map((i) => issueToJson({ file: w.file, ...i })),
              })),
            },
            null,
            2,
          )}\n`,
        );
      else {
        for (const w of report.warnings) {
          io.stdout(`⚠ ${t(w.file)}\n`);
          for (const issue of w.issues)
            io.stdout(formatIssueForTerminal({ file: w.file, ...issue }));
        }
        for (const r of publication.rejected) {
          io.stdout(`✗ ${t(r.file)}\n`);
          for (const issue of r.issues)
            io.stdout(formatIssueForTerminal({ file: r.file, ...issue }));
        }
        io.stdout(
          report.committed
            ? `已生成网站：${publication.totals.editions} 个版本，${publication.totals.duties} 项事项，${report.pages} 个页面；打开 ${t(options.out)}/index.html\n` +
                `site built: ${publication.totals.editions} edition(s), ${publication.totals.duties} duties, ${report.pages} pages; open ${t(options.out)}/index.html\n`
            : `未生成网站，原有输出未改动 / site not built, the previous output is untouched: ${publication.rejected.length} list(s) rejected\n`,
        );
      }
      exit(publication.rejected.length === 0 ? exitCodes.ok : exitCodes.invalidData);
    });
};
