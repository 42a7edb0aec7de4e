import { escapeForTerminal as t } from '@qingdan/core';
import type { ReadListResult } from '@qingdan/listfile';
import { Option } from 'commander';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { readLists } from '../read-lists.js';
import { withShaclIssues } from '../shacl-check.js';
import { validateCpsvGraphs } from './validate-cpsv.js';

function summaryLine(results: readonly ReadListResult[]): string {
  const invalid = results.filter((r) => !r.ok).length;
  const issues = results.flatMap((r) => (r.ok ? r.warnings : r.issues));
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  return (
    `${results.length} 份清单：${results.length - invalid} 份有效，${invalid} 份无效；${errors} 个错误，${warnings} 个警告\n` +
    `${results.length} list(s): ${results.length - invalid} valid, ${invalid} invalid; ${errors} error(s), ${warnings} warning(s)\n`
  );
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
      const read = await readLists(paths);
      const results = options.shacl ? await withShaclIssues(read) : read;
      if (results.length === 0) {
        io.stderr(`没有找到清单文件 / no list files found in: ${t(paths.join(', '))}\n`);
        exit(exitCodes.usage);
        return;
      }
      if (options.json) {
        const files = results.map((r) => ({
          file: r.file,
          valid: r.ok,
          ...(r.ok
            ? { id: r.value.id, status: r.value.status, duties: r.value.duties.length }
            : {}),
          issues: (r.ok ? r.warnings : r.issues).map(issueToJson),
        }));
        io.stdout(`${JSON.stringify({ valid: results.every((r) => r.ok), files }, null, 2)}\n`);
      } else {
        for (const r of results) {
          if (r.ok)
            io.stdout(
              `✓ ${t(r.file)}  ${t(r.value.title)}（${r.value.duties.length} 项，${r.value.status}）` +
                (r.warnings.length > 0 ? `  ${r.warnings.length} 个警告 / warning(s)` : '') +
                '\n',
            );
          else io.stdout(`✗ ${t(r.file)}\n`);
          for (const issue of r.ok ? r.warnings : r.issues)
            io.stdout(formatIssueForTerminal(issue));
        }
        io.stdout(summaryLine(results));
      }
      exit(results.every((r) => r.ok) ? exitCodes.ok : exitCodes.invalidData);
    });
};
