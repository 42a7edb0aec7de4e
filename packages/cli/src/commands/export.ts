import { basename, extname } from 'node:path';
import { escapeForTerminal as t } from '@qingdan/core';
import { checkOutputFile, writeFilesAtomic } from '@qingdan/files';

import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';

interface ExportFlags {
  format?: string;
  output: string;
  force?: boolean;
  json?: boolean;
}

/** `qingdan export <list>`: writes a list as a workbook or CSV for people who work in Excel. */
export const exportCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('export')
    .description('把清单导出为 Excel 或 CSV 表格 / export a list as an XLSX workbook or CSV')
    .argument('<list>', '清单文件 / a list file (.yaml, .json)')
    .option(
      '--format <format>',
      '格式：xlsx 或 csv（默认按输出文件扩展名）/ xlsx or csv (default: from the output file name)',
    )
    .requiredOption('-o, --output <file>', '输出文件 / the file to write')
    .option('--force', '替换已存在的输出文件 / replace output files that already exist')
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (path: string, flags: ExportFlags) => {
      if (flags.format !== undefined && flags.format !== 'xlsx' && flags.format !== 'csv') {
        io.stderr(
          `不支持的格式 ${t(flags.format)}（可选 xlsx、csv）/ unknown format ${t(flags.format)} (xlsx or csv)\n`,
        );
        return exit(exitCodes.usage);
      }
      // The file name says what the file holds: an .xlsx that is CSV would mislead whoever opens it.
      const replace = flags.force === true;
      await checkOutputFile(flags.output, {
        extensions: flags.format ? [`.${flags.format}`] : ['.xlsx', '.csv'],
        inputs: [path],
        replace,
      });
      const format = extname(flags.output).slice(1).toLowerCase() === 'csv' ? 'csv' : 'xlsx';
      const metadata = `${flags.output}-metadata.json`;
      if (format === 'csv')
        await checkOutputFile(metadata, {
          extensions: ['.json'],
          inputs: [path],
          others: [flags.output],
          replace,
        });
      const { readListFile } = await load.listfile();
      const { csvwMetadata, listToCsv, listToXlsx, xlsxCellsTooLong } = await load.spreadsheet();
      const read = await readListFile(path);
      // A value longer than an Excel cell would be cut when Excel repairs the workbook: refused,
      // at its field, before anything is written; CSV has no such limit.
      const issues = read.ok
        ? format === 'xlsx'
          ? xlsxCellsTooLong(read.value).map((issue) => ({ ...issue, file: path }))
          : []
        : read.issues;
      if (!read.ok || issues.length > 0) {
        if (flags.json)
          io.stdout(`${JSON.stringify({ ok: false, issues: issues.map(issueToJson) }, null, 2)}\n`);
        else for (const issue of issues) io.stdout(formatIssueForTerminal(issue));
        return exit(exitCodes.invalidData);
      }
      const written =
        format === 'xlsx'
          ? [{ path: flags.output, data: await listToXlsx(read.value) }]
          : [
              { path: flags.output, data: listToCsv(read.value) },
              {
                path: metadata,
                data: `${JSON.stringify(csvwMetadata(read.value, basename(flags.output)), null, 2)}\n`,
              },
            ];
      await writeFilesAtomic(written, { replace });
      const files = written.map((w) => w.path);
      if (flags.json)
        io.stdout(
          `${JSON.stringify({ ok: true, format, duties: read.value.duties.length, files }, null, 2)}\n`,
        );
      else
        io.stdout(
          `已导出 ${read.value.duties.length} 项事项：${t(files.join('、'))}\n` +
            `exported ${read.value.duties.length} duties: ${t(files.join(', '))}\n`,
        );
      exit(exitCodes.ok);
    });
};
