import { resolve } from 'node:path';
import {
  allPairsUpTo,
  type Comparison,
  compareLists,
  comparisonJson,
  defaultAlignOptions,
  defaultNearest,
  mostSimilarPairs,
  uniqueLists,
} from '@qingdan/compare';
import { type DutyList, escapeForTerminal as t } from '@qingdan/core';
import { type LocatedIssue, type ReadListResult, readListFile } from '@qingdan/listfile';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import type { Io } from '../io.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { progressBar } from '../output/progress-bar.js';
import { formatTable } from '../output/table.js';
import { writeTextOut } from '../output/write-text.js';
import { readLists } from '../read-lists.js';
import { writeComparisonFolder } from './compare-folder.js';

interface CompareCliOptions {
  readonly reference?: string;
  readonly out?: string;
  readonly json?: boolean;
  readonly threshold?: string;
  readonly basisThreshold?: string;
  readonly allPairsUpTo?: string;
  readonly nearest?: string;
  readonly code: boolean;
}

// A progress bar is drawn only for runs long enough to need one.
const progressFrom = 50;

/** The alignment's progress, on the one bar every command draws, for a long run only. */
function progress(io: Io, total: number): ((done: number) => void) | undefined {
  const bar = total < progressFrom ? undefined : progressBar(io, '对齐 aligning', total);
  if (!bar) return undefined;
  return (done) => {
    bar.draw(done);
    if (done === total) bar.done();
  };
}

function ratio(text: string | undefined, fallback: number): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 && n <= 1 ? n : undefined;
}

function count(text: string | undefined, fallback: number, least: number): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= least ? n : undefined;
}

const f2 = (x: number) => x.toFixed(2);

function summaryText(c: Comparison, leftOut: number): string {
  const { alignment } = c;
  const ids = alignment.lists.map((l) => l.id);
  const n = alignment.lists.length;
  const sharedByAll = alignment.concepts.filter((k) => k.members.length === n).length;
  const out = [
    `比较了 ${n} 份清单，${leftOut} 份无效或重复、未纳入；共 ${alignment.concepts.length} 个事项概念，${sharedByAll} 个为全部清单共有\n` +
      `compared ${n} list(s), ${leftOut} left out (invalid or repeated); ${alignment.concepts.length} duty concept(s), ${sharedByAll} shared by all\n`,
    formatTable(
      ['清单 list', '事项 duties', '独有 unique'],
      c.profiles.map((p) => [p.summary.id, String(p.summary.total), String(p.unique)]),
    ),
  ];
  // The most similar pairs come from the similarity matrix: no pair list is sorted or held.
  const total = (n * (n - 1)) / 2;
  const pairs = mostSimilarPairs(c.similarity, 20).map(([a, b]) => c.measure(a, b));
  if (pairs.length > 0)
    out.push(
      `两两比较 Pairs${total > 20 ? `（前 20 对 / top 20 of ${total}）` : ''}\n` +
        formatTable(
          [
            '清单 A',
            '清单 B',
            '共有 shared',
            '仅 A only A',
            '仅 B only B',
            'Jaccard',
            '类别不同 section differs',
          ],
          pairs.map((p) => [
            ids[p.a] ?? '',
            ids[p.b] ?? '',
            String(p.shared),
            String(p.onlyA),
            String(p.onlyB),
            f2(p.jaccard),
            String(p.sectionDisagreements.length),
          ]),
        ),
    );
  const r = c.reference;
  if (r) {
    const others = n - 1;
    const byAll = r.items.filter((i) => i.coveredBy.length === others).length;
    const byNone = r.items.filter((i) => i.coveredBy.length === 0).length;
    out.push(
      `对照清单 Reference ${t(ids[r.reference] ?? '')}: ${r.items.length} 项 items；${byAll} 项各清单都有 in every list，${byNone} 项都没有 in none\n` +
        formatTable(
          ['清单 list', '覆盖 covers', '新增 adds'],
          [...r.additions].map(([l, added]) => [
            ids[l] ?? '',
            String(r.items.filter((i) => i.coveredBy.some((x) => x.list === l)).length),
            String(added.length),
          ]),
        ),
    );
  }
  return out.join('\n');
}

function reportInvalid(io: Io, results: readonly ReadListResult[]): void {
  for (const r of results) {
    if (r.ok) continue;
    io.stderr(`✗ ${t(r.file)}：无效，未纳入比较 / invalid, left out of the comparison\n`);
    for (const issue of r.issues) io.stderr(formatIssueForTerminal(issue));
  }
}

/** `qingdan compare <lists...>`: aligns lists into duty concepts and measures how they differ. */
export const compareCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('compare')
    .description(
      '比较多份清单：对齐事项、两两相似度、类别差异、对照参考清单 / compare lists: align duties, pairwise similarity, section disagreements, coverage of a reference list',
    )
    .argument('<lists...>', '清单文件或文件夹 / list files or folders')
    .option(
      '--reference <list>',
      '对照的参考清单（模板、目录）/ a reference list (template, catalogue)',
    )
    .option(
      '--out <dir>',
      '把 CSV 与 JSON 写入此文件夹 / write the CSV tables and JSON into this folder',
    )
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .option(
      '--threshold <n>',
      `名称相似度阈值，0 到 1（默认 ${defaultAlignOptions.nameThreshold}）/ name similarity needed to match, 0 to 1`,
    )
    .option(
      '--basis-threshold <n>',
      `引用同一条款时的名称相似度阈值（默认 ${defaultAlignOptions.basisThreshold}）/ name similarity needed when the same article is cited`,
    )
    .option('--no-code', '不按事项编码对齐 / do not match by item code')
    .option(
      '--all-pairs-up-to <n>',
      `清单不超过此数时逐对比较全部清单对并写出相似度矩阵（默认 ${allPairsUpTo}）/ up to this many lists, every pair is measured and the similarity written as a matrix`,
    )
    .option(
      '--nearest <k>',
      `清单更多时，每份清单只比较最相似的 k 份（默认 ${defaultNearest}）/ beyond, each list's k most similar lists`,
    )
    .action(async (paths: string[], options: CompareCliOptions) => {
      const nameThreshold = ratio(options.threshold, defaultAlignOptions.nameThreshold);
      const basisThreshold = ratio(options.basisThreshold, defaultAlignOptions.basisThreshold);
      if (nameThreshold === undefined || basisThreshold === undefined) {
        io.stderr('阈值应为 0 到 1 之间的数 / a threshold must be a number from 0 to 1\n');
        exit(exitCodes.usage);
        return;
      }
      const upTo = count(options.allPairsUpTo, allPairsUpTo, 0);
      const nearest = count(options.nearest, defaultNearest, 1);
      if (upTo === undefined || nearest === undefined) {
        io.stderr(
          '--all-pairs-up-to 应为非负整数，--nearest 应为正整数 / --all-pairs-up-to must be a whole number, --nearest a positive one\n',
        );
        exit(exitCodes.usage);
        return;
      }
      const reference = options.reference ? await readListFile(options.reference) : undefined;
      // The reference may sit in a folder of lists; it is compared once, as the reference.
      const results = (await readLists(paths)).filter(
        (r) => !reference || resolve(r.file) !== resolve(reference.file),
      );
      if (results.length === 0) {
        io.stderr(`没有找到清单文件 / no list files found in: ${t(paths.join(', '))}\n`);
        exit(exitCodes.usage);
        return;
      }
      reportInvalid(io, reference ? [reference, ...results] : results);
      if (reference && !reference.ok) {
        io.stderr('参考清单无效，无法比较 / the reference list is invalid, nothing compared\n');
        exit(exitCodes.invalidData);
        return;
      }
      const { kept, leftOut: repeated } = uniqueLists([
        ...(reference?.ok ? [{ source: reference.file, list: reference.value }] : []),
        ...results.flatMap((r) => (r.ok ? [{ source: r.file, list: r.value }] : [])),
      ]);
      const leftOut: { file: string; issues: LocatedIssue[] }[] = [
        ...results.flatMap((r) => (r.ok ? [] : [{ file: r.file, issues: [...r.issues] }])),
        ...repeated.map((x) => ({ file: x.source, issues: [{ ...x.issue, file: x.source }] })),
      ];
      for (const x of repeated) {
        io.stderr(`✗ ${t(x.source)}：重复，未纳入比较 / repeated, left out of the comparison\n`);
        io.stderr(formatIssueForTerminal({ ...x.issue, file: x.source }));
      }
      const lists: DutyList[] = kept.slice(reference?.ok ? 1 : 0).map((k) => k.list);
      const total = lists.length + (reference ? 1 : 0);
      const onProgress = progress(io, total);
      const comparison = compareLists(lists, {
        nameThreshold,
        basisThreshold,
        byCode: options.code,
        allPairsUpTo: upTo,
        nearest,
        ...(reference?.ok ? { reference: reference.value } : {}),
        ...(onProgress ? { onProgress } : {}),
      });
      const head = {
        compared: comparison.alignment.lists.length,
        leftOut: leftOut.map((x) => ({ file: x.file, issues: x.issues.map(issueToJson) })),
      };
      if (options.out) {
        const written = await writeComparisonFolder(options.out, comparison, head, [
          ...paths,
          ...(options.reference ? [options.reference] : []),
        ]);
        if (!options.json)
          io.stdout(`已写入 written:\n${written.map((w) => `  ${t(w)}\n`).join('')}`);
      }
      if (options.json) await writeTextOut(io, comparisonJson(comparison, head));
      else io.stdout(summaryText(comparison, leftOut.length));
      exit(leftOut.length === 0 ? exitCodes.ok : exitCodes.invalidData);
    });
};
