import { type DutyList, escapeForTerminal as t } from '@qingdan/core';
import type { LocatedIssue, ReadListResult } from '@qingdan/listfile';
import type { PublicationFormat, PublishReport, PublishSource } from '@qingdan/rdf';
import { Option } from 'commander';
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

interface PublishCommandOptions extends CatalogCommandOptions {
  readonly profile: 'qingdan' | 'cpsv-ap';
  readonly out: string;
  readonly base: string;
  readonly format: string;
  readonly keepGoing?: boolean;
  readonly json?: boolean;
}

/**
 * Every valid list of `files`, read for aligning, which needs them all at once. Failures are
 * left to the publishing pass, which reads each file again and reports them.
 */
async function readValidLists(
  files: readonly string[],
  readListFile: (file: string) => Promise<ReadListResult>,
  onRead?: (done: number, file: string) => void,
): Promise<DutyList[]> {
  const lists: DutyList[] = [];
  for (const [i, file] of files.entries()) {
    const result = await readListFile(file);
    if (result.ok) lists.push(result.value);
    onRead?.(i + 1, file);
  }
  return lists;
}

/** Lists are read one at a time, as the publisher asks for them, so memory stays bounded. */
async function* sources(
  files: readonly string[],
  readListFile: (file: string) => Promise<ReadListResult>,
): AsyncGenerator<PublishSource<LocatedIssue>> {
  for (const file of files) {
    const result = await readListFile(file);
    yield result.ok
      ? { ok: true, file, list: result.value }
      : { ok: false, file, issues: result.issues };
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

function summaryLine(report: PublishReport<LocatedIssue>): string {
  const { totals } = report;
  const bytes = Object.entries(totals.bytes)
    .map(([format, n]) => `${format} ${megabytes(n ?? 0)}`)
    .join(', ');
  const seconds = (totals.milliseconds / 1000).toFixed(1);
  const rejected = report.rejected.length;
  const zhState = report.committed ? '已发布' : '未发布，原有输出未改动';
  const enState = report.committed
    ? 'published'
    : 'not published, the previous output is untouched';
  return (
    `${zhState}：${totals.editions} 个版本，${totals.duties} 项事项，${totals.triples} 个三元组；${bytes}；${rejected} 份清单未通过；用时 ${seconds} 秒\n` +
    `${enState}: ${totals.editions} edition(s), ${totals.duties} duties, ${totals.triples} triples; ${bytes}; ${rejected} list(s) rejected; ${seconds} s\n`
  );
}

function reportJson(
  report: PublishReport<LocatedIssue>,
  out: string,
  editionFile: (
    list: PublishReport['editions'][number]['list'],
    format: PublicationFormat,
  ) => string,
): unknown {
  return {
    committed: report.committed,
    out,
    editions: report.editions.map((e) => ({
      file: e.file,
      id: e.list.id,
      division: e.list.division.code,
      duties: e.duties,
      triples: e.triples,
      files: e.distributions.map((d) => ({
        format: d.format,
        path: editionFile(e.list, d.format as PublicationFormat),
        bytes: d.bytes,
        sha256: d.sha256,
      })),
    })),
    rejected: report.rejected.map((r) => ({
      file: r.file,
      issues: r.issues.map((i) => issueToJson({ file: r.file, ...i })),
    })),
    totals: report.totals,
  };
}

/** `qingdan publish <lists...> --out <dir> --base <iri>`: writes the lists as linked open data. */
export const publishCommand: CommandRegistration = (program, { io, exit }) => {
  addCatalogOptions(program.command('publish'))
    .description(
      '将清单发布为关联开放数据（JSON-LD、Turtle、N-Triples、N-Quads 与 DCAT 目录），原子替换输出目录 / ' +
        'publish lists as linked open data (JSON-LD, Turtle, N-Triples, N-Quads and a DCAT catalog), replacing the output folder atomically',
    )
    .argument('<lists...>', '清单文件或文件夹 / list files or folders')
    .addOption(
      new Option(
        '--profile <profile>',
        '发布的数据模型：qingdan（本项目词表，无损）或 cpsv-ap（欧盟 CPSV-AP 3.2 公共服务） / ' +
          'the data model: qingdan (our vocabulary, lossless) or cpsv-ap (the EU CPSV-AP 3.2 public services)',
      )
        .choices(['qingdan', 'cpsv-ap'])
        .default('qingdan'),
    )
    .requiredOption(
      '--out <dir>',
      '输出目录：不存在、为空或以前的发布结果，成功后整体替换 / output folder: absent, empty or an earlier publication; replaced as a whole on success',
    )
    .requiredOption(
      '--base <iri>',
      '所有 IRI 的基础地址，以 / 结尾，如 https://data.example.org/qingdan/ / base IRI of every IRI, ending in /',
    )
    .option(
      '--format <formats>',
      '输出格式，逗号分隔 / formats, comma-separated: jsonld,ttl,nt,nq',
      'jsonld,ttl,nt,nq',
    )
    .option(
      '--keep-going',
      '有无效清单时仍发布其余有效清单 / publish the valid lists even when some are invalid',
    )
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (paths: string[], options: PublishCommandOptions) => {
      const rdf = await load.rdf();
      const { editionFile, publishLists, vocabularyRenderer } = rdf;
      const { findListFiles, readListFile } = await load.listfile();
      const settings = publicationSettings(rdf, options, io, exit);
      if (settings === undefined) return;
      const { formats, described } = settings;
      const files = await findListFiles(paths);
      if (files.length === 0) {
        io.stderr(`没有找到清单文件 / no list files found in: ${t(paths.join(', '))}\n`);
        exit(exitCodes.usage);
        return;
      }
      let renderer = vocabularyRenderer;
      if (options.profile === 'cpsv-ap') {
        const { cpsvRenderer, genericServices } = await load.cpsvAp();
        const reading = options.json ? undefined : progressBar(io, '读取 reading', files.length);
        // The lists are read again, one at a time, to be published rather than kept: aligning
        // needs them all at once, publishing does not, and a province's lists held through
        // both would not fit in memory.
        const generic = genericServices(
          await readValidLists(files, readListFile, (n, f) => reading?.draw(n, f)),
          options.base,
        );
        reading?.done();
        renderer = cpsvRenderer(generic);
      }
      const bar = options.json ? undefined : progressBar(io, '发布 publishing', files.length);
      const report = await publishLists(sources(files, readListFile), {
        out: options.out,
        inputs: paths,
        base: options.base,
        formats,
        keepGoing: options.keepGoing ?? false,
        renderer,
        ...described,
        ...(bar
          ? { onProgress: (p: { done: number; file: string }) => bar.draw(p.done, p.file) }
          : {}),
      });
      bar?.done();
      if (options.json)
        io.stdout(`${JSON.stringify(reportJson(report, options.out, editionFile), null, 2)}\n`);
      else {
        for (const r of report.rejected) {
          io.stdout(`✗ ${t(r.file)}\n`);
          for (const issue of r.issues)
            io.stdout(formatIssueForTerminal({ file: r.file, ...issue }));
        }
        io.stdout(summaryLine(report));
      }
      exit(report.rejected.length === 0 ? exitCodes.ok : exitCodes.invalidData);
    });
};
