import { type DutyList, type Issue, escapeForTerminal as t } from '@qingdan/core';
import type { PushReport } from '@qingdan/store';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { progressBar } from '../output/progress-bar.js';

interface PushCommandOptions {
  readonly endpoint: string;
  readonly update?: string;
  readonly query?: string;
  readonly graphParameter: string;
  readonly base?: string;
  readonly batch: string;
  readonly concurrency: string;
  readonly dryRun?: boolean;
  readonly json?: boolean;
}

function summary(report: PushReport, dryRun: boolean): string {
  const by = (o: string) => report.graphs.filter((g) => g.outcome === o).length;
  const seconds = report.milliseconds / 1000;
  const rate = seconds > 0 ? Math.round(report.triplesSent / seconds) : 0;
  if (dryRun)
    return (
      `试运行：${by('would-push')} 个图将推送，${by('unchanged')} 个图未变；未写入任何内容\n` +
      `dry run: ${by('would-push')} graph(s) would be pushed, ${by('unchanged')} unchanged; nothing was written\n`
    );
  return (
    `已推送 ${by('pushed')} 个图，${by('unchanged')} 个图未变；发送 ${report.triplesSent} 个三元组，用时 ${seconds.toFixed(1)} 秒，每秒 ${rate} 个；重试 ${report.retries} 次\n` +
    `pushed ${by('pushed')} graph(s), ${by('unchanged')} unchanged; ${report.triplesSent} triples sent in ${seconds.toFixed(1)} s, ${rate} triples/s; ${report.retries} retries\n`
  );
}

/**
 * `qingdan push <lists... | published folder> --endpoint <graph store URL>`: puts each edition
 * and the catalog in a SPARQL store, each graph replaced whole or not at all.
 *
 * @example
 * ```ts
 * await run(['push', 'out/public', '--endpoint', 'http://127.0.0.1:3030/ds/data'], nodeIo());
 * ```
 */
export const pushCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('push')
    .description(
      '将清单推送到 SPARQL 1.1 存储（图存储协议与更新），每个版本一个命名图，整图替换 / ' +
        'push lists to a SPARQL 1.1 store (Graph Store Protocol and Update), a named graph per edition, each replaced whole',
    )
    .argument(
      '<paths...>',
      '清单文件、文件夹或发布目录 / list files, folders or a published folder',
    )
    .requiredOption('--endpoint <url>', '图存储协议地址 / Graph Store Protocol URL')
    .option(
      '--update <url>',
      'SPARQL 更新地址（默认同 --endpoint） / SPARQL Update URL (default: --endpoint)',
    )
    .option(
      '--query <url>',
      'SPARQL 查询地址（默认同 --update） / SPARQL query URL (default: --update)',
    )
    .option(
      '--graph-parameter <name>',
      '指明图的查询参数名 / the query parameter naming the graph',
      'graph',
    )
    .option(
      '--base <iri>',
      '清单的 IRI 基础地址（推送清单文件时必需） / base IRI (needed for list files)',
    )
    .option('--batch <triples>', '每个请求的三元组数 / triples per request', '100000')
    .option('--concurrency <editions>', '同时推送的版本数 / editions pushed at the same time', '2')
    .option('--dry-run', '只比较，不写入 / compare only, write nothing')
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .addHelpText(
      'after',
      '\n用户名与密码取自环境变量 / credentials from the environment: QINGDAN_SPARQL_USER, QINGDAN_SPARQL_PASSWORD (Basic or Digest)\n',
    )
    .action(async (paths: string[], options: PushCommandOptions) => {
      const store = await load.store();
      const rdf = await load.rdf();
      const { findListFiles, readListFile } = await load.listfile();
      const issueOut = (file: string, issue: Issue) => {
        if (options.json)
          io.stdout(
            `${JSON.stringify({ ok: false, issues: [issueToJson({ ...issue, file })] }, null, 2)}\n`,
          );
        else io.stderr(formatIssueForTerminal({ ...issue, file }));
      };
      const usage = (zh: string, en: string) => {
        io.stderr(`${zh} / ${en}\n`);
        exit(exitCodes.usage);
      };
      for (const [name, url] of [
        ['--endpoint', options.endpoint],
        ['--update', options.update],
        ['--query', options.query],
      ] as const)
        if (url !== undefined && !/^https?:\/\/[^\s]+$/u.test(url))
          return usage(`${name} 应为 http(s) 地址`, `${name} must be an http(s) URL`);
      const batch = Number(options.batch);
      if (!Number.isInteger(batch) || batch < 1)
        return usage('--batch 应为正整数', '--batch must be a positive whole number');
      const concurrency = Number(options.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1)
        return usage('--concurrency 应为正整数', '--concurrency must be a positive whole number');
      const published = paths.filter((p) => store.isPublishedFolder(p));
      const listPaths = paths.filter((p) => !published.includes(p));
      const graphs: ReturnType<typeof store.listPushGraphs> = [];
      for (const folder of published) graphs.push(...store.publishedPushGraphs(folder));
      if (listPaths.length > 0) {
        if (options.base === undefined)
          return usage('推送清单文件需要 --base', 'pushing list files needs --base');
        const baseIssue = rdf.checkBaseIri(options.base);
        if (baseIssue) {
          issueOut('--base', baseIssue);
          exit(exitCodes.usage);
          return;
        }
        const files = await findListFiles(listPaths);
        const lists: DutyList[] = [];
        let invalid = false;
        for (const file of files) {
          const r = await readListFile(file);
          if (r.ok) lists.push(r.value);
          else {
            invalid = true;
            io.stderr(`✗ ${t(file)}：无效 / invalid\n`);
            for (const issue of r.issues) io.stderr(formatIssueForTerminal(issue));
          }
        }
        if (invalid) {
          io.stderr('有无效清单，未推送任何内容 / some lists are invalid; nothing was pushed\n');
          exit(exitCodes.invalidData);
          return;
        }
        if (lists.length > 0) graphs.push(...store.listPushGraphs(lists, options.base));
      }
      if (graphs.length === 0)
        return usage(
          `没有找到清单文件：${t(paths.join(', '))}`,
          `no list files found in: ${t(paths.join(', '))}`,
        );
      const user = process.env.QINGDAN_SPARQL_USER;
      const password = process.env.QINGDAN_SPARQL_PASSWORD ?? '';
      // Each graph's own count, so the texts are not all made or read before the push.
      const total = graphs.reduce(
        (n, g) => n + (g.triples ?? g.ntriples.split('\n').length - 1),
        0,
      );
      const bar = options.json ? undefined : progressBar(io, '推送 pushing', total);
      try {
        const report = await store.pushGraphs(graphs, {
          endpoint: options.endpoint,
          ...(options.update ? { update: options.update } : {}),
          ...(options.query ? { query: options.query } : {}),
          graphParameter: options.graphParameter,
          ...(user ? { credentials: { user, password } } : {}),
          batchTriples: batch,
          concurrency,
          dryRun: options.dryRun ?? false,
          onProgress: (p) => bar?.draw(Math.min(p.triples, total)),
          onRetry: (r) => {
            if (!options.json)
              io.stderr(`\n重试 retry ${r.attempt}: ${t(r.url)} (${t(r.reason)})\n`);
          },
        });
        bar?.done();
        if (options.json) io.stdout(`${JSON.stringify({ ok: true, ...report }, null, 2)}\n`);
        else {
          for (const g of report.graphs)
            io.stdout(`${g.outcome.padEnd(10)} ${String(g.triples).padStart(9)}  ${t(g.graph)}\n`);
          io.stdout(summary(report, options.dryRun ?? false));
        }
        exit(exitCodes.ok);
      } catch (error) {
        bar?.done();
        if (!(error instanceof store.PushError)) throw error;
        issueOut(options.endpoint.replace(/\/\/[^@/]*@/u, '//'), error.issue);
        exit(exitCodes.invalidData);
      }
    });
};
