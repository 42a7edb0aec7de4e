import { type Section, escapeForTerminal as t } from '@qingdan/core';
import { checkOutputFile, writeFilesAtomic } from '@qingdan/files';
import type { ImportResult, Profile, TableReport } from '@qingdan/spreadsheet';
import { bundledProfiles } from '@qingdan/spreadsheet/profiles';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import type { Io } from '../io.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { progressBar } from '../output/progress-bar.js';
import { readTextFile } from '../read-text-file.js';

type Spreadsheet = Awaited<ReturnType<typeof load.spreadsheet>>;

/** The list file extensions `-o` may name. */
const listExtensions = ['.yaml', '.yml', '.json'];

interface ImportFlags {
  profile?: string;
  section?: string;
  encoding?: string;
  strict?: boolean;
  report?: string;
  output?: string;
  force?: boolean;
  json?: boolean;
}

/**
 * The report file: every source row with its fate and reasons, and the file's own issues (its
 * warnings when a list came out), under `issues` either way.
 */
function reportJson(result: ImportResult, { rowCounts }: Spreadsheet): Record<string, unknown> {
  return {
    ok: result.ok,
    ...(result.encoding ? { encoding: result.encoding } : {}),
    counts: rowCounts(result.rows),
    tables: result.tables ?? [],
    issues: (result.ok ? result.warnings : result.issues).map(issueToJson),
    rows: result.rows.map((r) => ({ ...r, issues: r.issues.map(issueToJson) })),
  };
}

async function loadProfile(
  name: string,
  io: Io,
  { parseProfile }: Spreadsheet,
): Promise<Profile | undefined> {
  const bundled = bundledProfiles[name];
  if (bundled) return bundled;
  const read = await readTextFile(name);
  if (!read.ok) {
    io.stderr(formatIssueForTerminal(read.issue));
    if (read.issue.code === 'file-not-found')
      io.stderr(
        `内置配置：${Object.keys(bundledProfiles).join('、')} / bundled profiles: ${Object.keys(bundledProfiles).join(', ')}\n`,
      );
    return undefined;
  }
  for (const warning of read.warnings) io.stderr(formatIssueForTerminal(warning));
  const text = read.text;
  const parsed = parseProfile(text, name);
  if ('issue' in parsed) {
    io.stderr(formatIssueForTerminal(parsed.issue));
    return undefined;
  }
  return parsed.profile;
}

/** The import's progress: the bar learns the number of rows from the first report. */
function progress(io: Io): ((done: number, total: number) => void) | undefined {
  if (!io.interactive) return undefined;
  let bar: ReturnType<typeof progressBar>;
  return (done, total) => {
    bar ??= progressBar(io, '导入 importing', total);
    bar?.draw(done);
    if (done >= total) bar?.done();
  };
}

/**
 * Each table as understood, a line per column: what it was taken for and why, so that a wrong
 * guess shows at a glance (and a profile can put it right).
 */
function tablesText(
  tables: readonly TableReport[],
  { columnReasonText, sectionLabel, sectionSourceText }: Spreadsheet,
): string {
  return tables
    .map((t) => {
      const at = t.headerRow === undefined ? '无表头 no header' : `表头 header row ${t.headerRow}`;
      const from = t.sectionFrom ? sectionSourceText[t.sectionFrom] : undefined;
      const section =
        t.section && from
          ? `  类别 section: ${sectionLabel(t.section)} (${t.section})，依据 from ${from.zh} / ${from.en}\n`
          : '';
      const columns = t.columns
        .filter((c) => c.header !== c.column || c.field)
        .map((c) => {
          const why = columnReasonText[c.reason];
          const field = c.field ?? `附加列 extra${c.instead ? ` (→ ${c.instead})` : ''}`;
          // How sure the rule was (100 a known header, 60 a role word at the end …); an
          // unrecognised column has no score to show.
          const score = c.score > 0 ? `（${c.score} 分 / score ${c.score}）` : '';
          return `  ${c.column} ${c.header.replace(/\s+/g, ' ')} → ${field}${score}：${why.zh} / ${why.en}\n`;
        })
        .join('');
      return `${t.sheet} › ${at}\n${section}${columns}`;
    })
    .join('');
}

function summary(result: ImportResult, sheet: Spreadsheet): string {
  const c = sheet.rowCounts(result.rows);
  return (
    tablesText(result.tables ?? [], sheet) +
    `导入：${c.imported} 行已导入，${c['imported-with-warnings']} 行带警告导入，${c.rejected} 行被拒绝，${c['not-a-duty']} 行非事项（标题、表头、分组、空行等）\n` +
    `import: ${c.imported} row(s) imported, ${c['imported-with-warnings']} with warnings, ${c.rejected} rejected, ${c['not-a-duty']} not duties (titles, headers, headings, blank rows …)\n`
  );
}

/** `qingdan import <file>`: reads a published XLSX or CSV list into a list file. */
export const importCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('import')
    .description(
      '从政府发布的 Excel/CSV 表格导入清单 / import a list from a published XLSX or CSV spreadsheet',
    )
    .argument('<file>', 'XLSX 或 CSV 文件 / an .xlsx or .csv file')
    .option(
      '--profile <profile>',
      `版式配置（YAML 文件或内置名：${Object.keys(bundledProfiles).join('、')}）/ a layout profile (YAML file or bundled name)`,
    )
    .option(
      '--section <section>',
      '无类别列时的事项类别 / the section of rows nothing else places (basic, cooperating, …)',
    )
    .option(
      '--encoding <encoding>',
      'CSV 编码：utf-8、gbk、gb18030、big5、utf-16le 等（默认自动识别）/ CSV encoding: utf-8, gbk, gb18030, big5, utf-16le, … (detected by default)',
    )
    .option('--strict', '有警告的行也拒绝 / reject rows with warnings too')
    .option('--report <file>', '把逐行导入报告写入 JSON 文件 / write the row-by-row report as JSON')
    .option(
      '-o, --output <file>',
      '输出清单文件（.yaml 或 .json，默认输出 YAML 到标准输出）/ list file to write (.yaml or .json; YAML on stdout by default)',
    )
    .option('--force', '替换已存在的输出文件 / replace output files that already exist')
    .option('--json', '以 JSON 输出报告 / print the report as JSON')
    .action(async (file: string, flags: ImportFlags) => {
      const sheet = await load.spreadsheet();
      const { importSpreadsheetFile, rowCounts, sectionOf } = sheet;
      const { listFileText } = await load.listfile();
      // Outputs are checked before anything is read, and written together at the end.
      const inputs = [
        file,
        ...(flags.profile && !bundledProfiles[flags.profile] ? [flags.profile] : []),
      ];
      const replace = flags.force === true;
      if (flags.output)
        await checkOutputFile(flags.output, { extensions: listExtensions, inputs, replace });
      if (flags.report)
        await checkOutputFile(flags.report, {
          extensions: ['.json'],
          inputs,
          others: flags.output ? [flags.output] : [],
          replace,
        });
      let profile: Profile | undefined;
      if (flags.profile !== undefined) {
        profile = await loadProfile(flags.profile, io, sheet);
        if (!profile) return exit(exitCodes.usage);
      }
      if (
        flags.encoding !== undefined &&
        !sheet.csvEncodings.some((known) => known === flags.encoding?.toLowerCase())
      ) {
        io.stderr(
          `不支持的编码 ${t(flags.encoding)}（可选 ${sheet.csvEncodings.join('、')}）/ unknown or unsupported encoding ${t(flags.encoding)} (one of ${sheet.csvEncodings.join(', ')})\n`,
        );
        return exit(exitCodes.usage);
      }
      let section: Section | undefined;
      if (flags.section !== undefined) {
        section = sectionOf(flags.section);
        if (!section) {
          io.stderr(`不认识的事项类别 ${t(flags.section)} / unknown section ${t(flags.section)}\n`);
          return exit(exitCodes.usage);
        }
      }
      const onProgress = flags.json ? undefined : progress(io);
      const result = await importSpreadsheetFile(file, {
        ...(profile ? { profile } : {}),
        ...(section ? { section } : {}),
        ...(flags.encoding ? { encoding: flags.encoding } : {}),
        ...(flags.strict ? { strict: true } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      const listText = result.ok
        ? listFileText(result.value, /\.json$/i.test(flags.output ?? '') ? 'json' : 'yaml')
        : undefined;
      await writeFilesAtomic(
        [
          ...(flags.report
            ? [
                {
                  path: flags.report,
                  data: `${JSON.stringify(reportJson(result, sheet), null, 2)}\n`,
                },
              ]
            : []),
          ...(listText !== undefined && flags.output
            ? [{ path: flags.output, data: listText }]
            : []),
        ],
        { replace },
      );
      // The list goes to stdout when no file is named; then the report goes to stderr.
      const say = listText !== undefined && !flags.output && !flags.json ? io.stderr : io.stdout;
      if (listText !== undefined && !flags.output && !flags.json) io.stdout(listText);
      if (flags.json) {
        io.stdout(
          `${JSON.stringify({ ...reportJson(result, sheet), ...(flags.output ? { output: flags.output } : {}) }, null, 2)}\n`,
        );
      } else {
        for (const issue of result.ok ? result.warnings : result.issues)
          say(formatIssueForTerminal(issue));
        for (const row of result.rows)
          for (const issue of row.issues) say(formatIssueForTerminal(issue));
        say(summary(result, sheet));
      }
      const rejected = rowCounts(result.rows).rejected;
      exit(result.ok && rejected === 0 ? exitCodes.ok : exitCodes.invalidData);
    });
};
