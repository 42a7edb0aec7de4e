import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { escapeForTerminal as t } from '@qingdan/core';
import { readListFile } from '@qingdan/listfile';
import { csvwMetadata, listToCsv, listToXlsx } from '@qingdan/spreadsheet';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';

interface ExportFlags {
  format?: string;
  output: string;
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
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (path: string, flags: ExportFlags) => {
      const format = flags.format ?? (/\.csv$/i.test(flags.output) ? 'csv' : 'xlsx');
      if (format !== 'xlsx' && format !== 'csv') {
        io.stderr(
          `不支持的格式 ${t(format)}（可选 xlsx、csv）/ unknown format ${t(format)} (xlsx or csv)\n`,
        );
        return exit(exitCodes.usage);
      }
      const read = await readListFile(path);
      if (!read.ok) {
        if (flags.json)
          io.stdout(
            `${JSON.stringify({ ok: false, issues: read.issues.map(issueToJson) }, null, 2)}\n`,
          );
        else for (const issue of read.issues) io.stdout(formatIssueForTerminal(issue));
        return exit(exitCodes.invalidData);
      }
      const files = [flags.output];
      if (format === 'xlsx') await writeFile(flags.output, await listToXlsx(read.list));
      else {
        await writeFile(flags.output, listToCsv(read.list));
        const metadata = `${flags.output}-metadata.json`;
        await writeFile(
          metadata,
          `${JSON.stringify(csvwMetadata(read.list, basename(flags.output)), null, 2)}\n`,
        );
        files.push(metadata);
      }
      if (flags.json)
        io.stdout(
          `${JSON.stringify({ ok: true, format, duties: read.list.duties.length, files }, null, 2)}\n`,
        );
      else
        io.stdout(
          `已导出 ${read.list.duties.length} 项事项：${t(files.join('、'))}\n` +
            `exported ${read.list.duties.length} duties: ${t(files.join(', '))}\n`,
        );
      exit(exitCodes.ok);
    });
};
