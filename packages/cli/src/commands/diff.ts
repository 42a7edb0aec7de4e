import {
  type Amendment,
  type Bilingual,
  type Duty,
  type DutyList,
  diffEditions,
  dutyDepartments,
  editionPairWarnings,
  findConcept,
  type LegalBasis,
  escapeForTerminal as t,
  townshipSectionScheme,
  townshipSections,
  villageItemKindScheme,
  villageSections,
} from '@qingdan/core';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';

type Section = Duty['section'];

function sectionLabel(code: string): Bilingual {
  const c = findConcept(townshipSectionScheme, code) ?? findConcept(villageItemKindScheme, code);
  return c ? c.label : { zh: code, en: code };
}

const both = (b: Bilingual) => `${b.zh} ${b.en}`;

function basisText(b: LegalBasis): string {
  if ('text' in b) return t(b.text);
  if (b.citation) return t(b.citation);
  const p = b.provisions.map(
    (x) =>
      `第${x.article}条${x.paragraph ? `第${x.paragraph}款` : ''}${x.item ? `第${x.item}项` : ''}`,
  );
  return `《${t(b.instrument.title)}》${p.join('、')}`;
}

const keysText = (keys: readonly string[]) => (keys.length ? t(keys.join('、')) : '（无）');

/** One change, in the section it concerns (a move shows in both); user text in it is escaped. */
interface Line {
  readonly section: Section;
  readonly text: string;
}

function dutyLines(a: Amendment, before: Map<string, Duty>): Line[] {
  const old = 'key' in a ? before.get(a.key) : undefined;
  const name = t(old?.name ?? '');
  const key = 'key' in a ? t(a.key) : '';
  switch (a.change) {
    case 'added':
      return [
        { section: a.duty.section, text: `+ 新增 added      ${t(a.duty.key)} ${t(a.duty.name)}` },
      ];
    case 'removed':
      return old ? [{ section: old.section, text: `- 删除 removed    ${key} ${name}` }] : [];
    case 'moved':
      return [
        {
          section: old?.section ?? a.duty.section,
          text: `→ 移出 moved out  ${key} ${name} → ${both(sectionLabel(a.duty.section))}`,
        },
        {
          section: a.duty.section,
          text: `← 移入 moved in   ${key} ${t(a.duty.name)} ← ${both(sectionLabel(old?.section ?? ''))}`,
        },
      ];
    case 'reworded':
      return old
        ? [{ section: old.section, text: `~ 修改表述 reworded  ${key} ${name} → ${t(a.name)}` }]
        : [];
    case 'rebased':
      return old
        ? [
            {
              section: old.section,
              text: `~ 调整依据 re-based ${key} ${name}\n      ${old.legalBases.map(basisText).join('；') || '（无）'}\n    → ${a.legalBases.map(basisText).join('；') || '（无）'}`,
            },
          ]
        : [];
    case 'reassigned':
      return old
        ? [
            {
              section: old.section,
              text: `~ 调整承办 reassigned ${key} ${name}：机构 offices ${keysText(old.offices)} → ${keysText(a.offices)}${a.departments ? `；部门 departments ${keysText(dutyDepartments(old))} → ${keysText(a.departments)}` : ''}`,
            },
          ]
        : [];
    case 'revised': {
      if (!old) return [];
      const o = old as Record<string, unknown>;
      const n = a.duty as Record<string, unknown>;
      const fields = [...new Set([...Object.keys(o), ...Object.keys(n)])].filter(
        (k) => JSON.stringify(o[k]) !== JSON.stringify(n[k]),
      );
      return [
        {
          section: old.section,
          text: `~ 其他修订 revised  ${key} ${name}：${t(fields.join('、'))}`,
        },
      ];
    }
    case 'reordered':
    case 'organisations':
    case 'edition':
      return [];
    default:
      return a satisfies never;
  }
}

function headerLines(amendments: readonly Amendment[], a: DutyList): string[] {
  const out: string[] = [];
  for (const x of amendments) {
    if (x.change === 'edition') {
      const o = a as unknown as Record<string, unknown>;
      const n = x.header as Record<string, unknown>;
      for (const k of [...new Set([...Object.keys(o), ...Object.keys(n)])]) {
        if (['offices', 'departments', 'domains', 'duties'].includes(k)) continue;
        if (JSON.stringify(o[k]) === JSON.stringify(n[k])) continue;
        const show = (v: unknown) =>
          v === undefined ? '（无）' : typeof v === 'string' ? v : JSON.stringify(v);
        out.push(`  ${t(k)}: ${t(show(o[k]))} → ${t(show(n[k]))}\n`);
      }
    }
    if (x.change === 'organisations') {
      const diffKeys = (
        label: string,
        from: readonly { key: string; name: string }[],
        to: readonly { key: string; name: string }[],
      ) => {
        const had = new Set(from.map((d) => d.key));
        const has = new Set(to.map((d) => d.key));
        for (const d of to)
          if (!had.has(d.key)) out.push(`  + ${label} ${t(d.key)} ${t(d.name)}\n`);
        for (const d of from)
          if (!has.has(d.key)) out.push(`  - ${label} ${t(d.key)} ${t(d.name)}\n`);
      };
      diffKeys('承办机构 office', a.offices, x.offices);
      diffKeys('县直部门 department', a.departments, x.departments);
    }
  }
  return out;
}

function diffText(a: DutyList, b: DutyList, amendments: readonly Amendment[]): string {
  const before = new Map(a.duties.map((d) => [d.key, d]));
  const lines = amendments.flatMap((x) => dutyLines(x, before));
  const out: string[] = [
    `${t(a.title)}：${t(a.edition ?? a.id)} → ${t(b.edition ?? b.id)}（${t(a.id)} → ${t(b.id)}）\n`,
  ];
  const header = headerLines(amendments, a);
  if (header.length > 0) out.push('\n版本信息 Edition\n', ...header);
  for (const section of [...townshipSections, ...villageSections] as Section[]) {
    const here = lines.filter((l) => l.section === section);
    if (here.length === 0) continue;
    out.push(`\n${both(sectionLabel(section))}\n`);
    for (const l of here) out.push(`  ${l.text}\n`);
  }
  if (amendments.some((x) => x.change === 'reordered'))
    out.push('\n事项顺序有调整 / the order of duties changed\n');
  const count = (c: Amendment['change']) => amendments.filter((x) => x.change === c).length;
  out.push(
    `\n新增 ${count('added')}，删除 ${count('removed')}，移动 ${count('moved')}，修改表述 ${count('reworded')}，调整依据 ${count('rebased')}，调整承办 ${count('reassigned')}，其他修订 ${count('revised')}\n` +
      `${count('added')} added, ${count('removed')} removed, ${count('moved')} moved, ${count('reworded')} reworded, ${count('rebased')} re-based, ${count('reassigned')} reassigned, ${count('revised')} otherwise revised\n`,
  );
  return out.join('');
}

/**
 * `qingdan diff <old> <new>`: the amendments between two editions, grouped by section.
 *
 * @example
 * ```ts
 * diffCommand(program, { io, exit }); // qingdan diff 2024.yaml 2025.yaml
 * ```
 */
export const diffCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('diff')
    .description(
      '比较清单的两个版本，按类别列出调整 / the changes between two editions of a list, by section',
    )
    .argument('<old>', '旧版本清单文件 / the older edition')
    .argument('<new>', '新版本清单文件 / the newer edition')
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (oldFile: string, newFile: string, options: { json?: boolean }) => {
      const { readListFile } = await load.listfile();
      const a = await readListFile(oldFile);
      const b = await readListFile(newFile);
      if (!a.ok || !b.ok) {
        const issues = [...(a.ok ? [] : a.issues), ...(b.ok ? [] : b.issues)];
        if (options.json)
          io.stdout(
            `${JSON.stringify({ valid: false, issues: issues.map(issueToJson) }, null, 2)}\n`,
          );
        else for (const issue of issues) io.stdout(formatIssueForTerminal(issue));
        exit(exitCodes.invalidData);
        return;
      }
      const amendments = diffEditions(a.value, b.value);
      const warnings = editionPairWarnings(a.value, b.value).map((w) => ({ ...w, file: newFile }));
      if (options.json)
        io.stdout(
          `${JSON.stringify({ old: a.value.id, new: b.value.id, amendments, warnings: warnings.map(issueToJson) }, null, 2)}\n`,
        );
      else {
        for (const w of warnings) io.stderr(formatIssueForTerminal(w));
        io.stdout(diffText(a.value, b.value, amendments));
      }
      exit(exitCodes.ok);
    });
};
