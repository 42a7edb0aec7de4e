import {
  type DutyList,
  findConcept,
  huangmeiDomainScheme,
  powerCategoryScheme,
  summariseList,
  escapeForTerminal as t,
  townshipSectionScheme,
  villageItemKindScheme,
} from '@qingdan/core';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';
import { formatTable } from '../output/table.js';
import { listsOneByOne } from '../read-lists.js';

function sectionLabel(code: string): string {
  const c = findConcept(townshipSectionScheme, code) ?? findConcept(villageItemKindScheme, code);
  return c ? `${c.label.zh} ${c.label.en}` : code;
}

function domainLabel(list: DutyList, code: string): string {
  if (code === '') return '（未分领域）(no domain)';
  const own = list.domains?.find((d) => d.code === code);
  if (own) return own.label.en ? `${own.label.zh} ${own.label.en}` : own.label.zh;
  const c = findConcept(huangmeiDomainScheme, code);
  return c ? `${c.label.zh} ${c.label.en}` : code;
}

function officeLabel(list: DutyList, key: string): string {
  return list.offices.find((o) => o.key === key)?.name ?? key;
}

function powerLabel(code: string): string {
  if (code === '') return '（未标注）(none)';
  const c = findConcept(powerCategoryScheme, code);
  return c ? `${c.label.zh} ${c.label.en}` : code;
}

function block(
  title: string,
  header: string,
  counts: Record<string, number>,
  label: (k: string) => string,
): string {
  const rows = Object.entries(counts).map(([k, n]) => [label(k), String(n)]);
  if (rows.length === 0) return '';
  return `${title}\n${formatTable([header, '数量 count'], rows)}`;
}

function statsText(list: DutyList): string {
  const s = summariseList(list);
  const head = `${t(list.title)}  [${t(list.id)}]  ${t(list.division.name)} ${t(list.division.code)}  ${list.status}\n共 ${s.total} 项 / ${s.total} duties\n`;
  return [
    head,
    block('按类别 By section', '类别 section', s.bySection, sectionLabel),
    block('按领域 By domain', '领域 domain', s.byDomain, (k) => domainLabel(list, k)),
    block('按承办机构 By office', '承办机构 office', s.byOffice, (k) => officeLabel(list, k)),
    block('按权力类型 By power category', '权力类型 power category', s.byPowerCategory, powerLabel),
  ]
    .filter((b) => b !== '')
    .join('\n');
}

/**
 * `qingdan stats <paths...>`: counts by section, domain, office and power category.
 *
 * @example
 * ```ts
 * commands.includes(statsCommand); // registered as `qingdan stats`
 * ```
 */
export const statsCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('stats')
    .description(
      '统计清单事项：按类别、领域、承办机构、权力类型 / count duties by section, domain, office and power category',
    )
    .argument('<paths...>', '清单文件或文件夹 / list files or folders')
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (paths: string[], options: { json?: boolean }) => {
      // One list at a time, each reported before the next is read: memory of one list.
      const { files, each } = await listsOneByOne(paths);
      if (files.length === 0) {
        io.stderr(`没有找到清单文件 / no list files found in: ${t(paths.join(', '))}\n`);
        exit(exitCodes.usage);
        return;
      }
      let written = 0;
      let invalid = 0;
      if (options.json) io.stdout('[\n');
      for await (const r of each()) {
        if (!r.ok) invalid += 1;
        if (options.json) {
          const item = r.ok
            ? { file: r.file, ...summariseList(r.value) }
            : { file: r.file, invalid: true, issues: r.issues.map(issueToJson) };
          // Laid out as JSON.stringify(lists, null, 2) lays out each item of the array.
          io.stdout(
            `${written > 0 ? ',\n' : ''}  ${JSON.stringify(item, null, 2).replaceAll('\n', '\n  ')}`,
          );
        } else if (r.ok) io.stdout(`${statsText(r.value)}\n`);
        else {
          io.stdout(`✗ ${t(r.file)}：无效，未统计 / invalid, not counted\n`);
          for (const issue of r.issues) io.stdout(formatIssueForTerminal(issue));
        }
        written += 1;
      }
      if (options.json) io.stdout('\n]\n');
      exit(invalid === 0 ? exitCodes.ok : exitCodes.invalidData);
    });
};
