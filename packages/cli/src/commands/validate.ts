import { escapeForTerminal as t } from '@qingdan/core';
import type { ReadListResult } from '@qingdan/listfile';
import { Option } from 'commander';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { listsOneByOne } from '../read-lists.js';
import { shaclChecker } from '../shacl-check.js';
import { validateCpsvGraphs } from './validate-cpsv.js';

/** What validation found so far, counted: results are reported as they come, not kept. */
interface Tally {
  lists: number;
  invalid: number;
  errors: number;
  warnings: number;
}

function count(tally: Tally, r: ReadListResult): void {
  tally.lists += 1;
  if (!r.ok) tally.invalid += 1;
  for (const issue of r.ok ? r.warnings : r.issues)
    if (issue.severity === 'error') tally.errors += 1;
    else tally.warnings += 1;
}

function summaryLine({ lists, invalid, errors, warnings }: Tally): string {
  return (
    `${lists} 份清单：${lists - invalid} 份有效，${invalid} 份无效；${errors} 个错误，${warnings} 个警告\n` +
    `${lists} list(s): ${lists - invalid} valid, ${invalid} invalid; ${errors} error(s), ${warnings} warning(s)\n`
  );
}

function fileReport(r: ReadListResult): string {
  let text = r.ok
    ? `✓ ${t(r.file)}  ${t(r.value.title)}（${r.value.duties.length} 项，${r.value.status}）` +
      (r.warnings.length > 0 ? `  ${r.warnings.length} 个警告 / warning(s)` : '') +
      '\n'
    : `✗ ${t(r.file)}\n`;
  for (const issue of r.ok ? r.warnings : r.issues) text += formatIssueForTerminal(issue);
  return text;
}

/** One file's entry of the JSON report, laid out as `JSON.stringify(…, null, 2)` lays out `files`. */
function fileJson(r: ReadListResult): string {
  const entry = {
    file: r.file,
    valid: r.ok,
    ...(r.ok ? { id: r.value.id, status: r.value.status, duties: r.value.duties.length } : {}),
    issues: (r.ok ? r.warnings : r.issues).map(issueToJson),
  };
  return `    ${JSON.stringify(entry, null, 2).replaceAll('\n', '\n    ')}`;
}

interface ValidateOptions {
  readonly json?: boolean;
  readonly shacl?: boolean;
  readonly profile: 'qingdan' | 'cpsv-ap';
}

/**
 * `qingdan validate <paths...>`: checks list files against the schema and the invariants.
 *
 * @example
 * ```ts
 * commands.includes(validateCommand); // registered as `qingdan validate`
 * ```
 */
export const validateCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('validate')
    .description(
      '检查清单文件是否符合格式与规则 / check list files against the schema and the invariants',
    )
    .argument(
      '<paths...>',
      '清单文件或文件夹；--profile cpsv-ap 时为 RDF 图文件 / list files (.json, .yaml) or folders of them; RDF graph files with --profile cpsv-ap',
    )
    .addOption(
      new Option(
        '--profile <profile>',
        '按哪种数据模型检查：qingdan（清单文件）或 cpsv-ap（任何 CPSV-AP 图，.ttl/.nt/.nq/.jsonld，按官方 SHACL 形状） / ' +
          'what to check against: qingdan (list files) or cpsv-ap (any CPSV-AP graph, .ttl/.nt/.nq/.jsonld, against the official SHACL shapes)',
      )
        .choices(['qingdan', 'cpsv-ap'])
        .default('qingdan'),
    )
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .option(
      '--shacl',
      '另按词表的 SHACL 形状检查发布后的图 / also check the published graph against the SHACL shapes',
    )
    .action(async (paths: string[], options: ValidateOptions) => {
      if (options.profile === 'cpsv-ap') {
        const ok = await validateCpsvGraphs(paths, io, options.json ?? false);
        exit(ok ? exitCodes.ok : exitCodes.invalidData);
        return;
      }
      // Each list is read, checked, reported and let go before the next: a folder of many
      // lists (or one holding other JSON and YAML) is validated in the memory of one list.
      const { files, each } = await listsOneByOne(paths);
      if (files.length === 0) {
        io.stderr(`没有找到清单文件 / no list files found in: ${t(paths.join(', '))}\n`);
        exit(exitCodes.usage);
        return;
      }
      const check = options.shacl ? await shaclChecker() : undefined;
      const tally: Tally = { lists: 0, invalid: 0, errors: 0, warnings: 0 };
      if (options.json) io.stdout('{\n  "files": [\n');
      for await (const read of each()) {
        const r = check ? await check(read) : read;
        if (options.json) io.stdout(`${tally.lists > 0 ? ',\n' : ''}${fileJson(r)}`);
        else io.stdout(fileReport(r));
        count(tally, r);
      }
      if (options.json) io.stdout(`\n  ],\n  "valid": ${tally.invalid === 0}\n}\n`);
      else io.stdout(summaryLine(tally));
      exit(tally.invalid === 0 ? exitCodes.ok : exitCodes.invalidData);
    });
};
