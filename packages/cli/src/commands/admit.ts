import {
  type AdmissionEvaluation,
  type AdmissionRequest,
  type AdmissionStep,
  type Amendment,
  admissionMeansScheme,
  admissionStageScheme,
  admissionStepScheme,
  type Bilingual,
  type ConceptScheme,
  type DutyList,
  evaluateAdmission,
  findConcept,
  parseAdmissionRequest,
  parseCountyConfig,
  escapeForTerminal as t,
  townshipSectionScheme,
  villageItemKindScheme,
} from '@qingdan/core';
import type { LocatedIssue } from '@qingdan/listfile';
import type { CommandRegistration } from '../command.js';
import { exitCodes } from '../exit-codes.js';
import { load } from '../load.js';
import { formatIssueForTerminal, issueToJson } from '../output/issues.js';

function label(scheme: ConceptScheme, code: string): Bilingual {
  const c = findConcept(scheme, code);
  return c ? c.label : { zh: code, en: code };
}

// Labels may be a county's own codes, and rule texts and reasons its own words: all escaped.
const both = (b: Bilingual) => t(b.zh === b.en ? b.zh : `${b.zh} ${b.en}`);

function sectionLabel(code: string): Bilingual {
  return findConcept(townshipSectionScheme, code)?.label ?? label(villageItemKindScheme, code);
}

const outcomes: Record<AdmissionEvaluation['outcome'], Bilingual> = {
  admitted: { zh: '准予准入', en: 'admitted' },
  refused: { zh: '不予准入', en: 'refused' },
  returned: { zh: '退回', en: 'returned' },
  blocked: { zh: '不能成立（违反准入规则）', en: 'blocked: the admission breaks a rule' },
  pending: { zh: '程序未完成', en: 'pending: the procedure goes on' },
};

const marks = { passed: '✓', failed: '✗', 'not-applicable': '–' } as const;

function stepLine(step: AdmissionStep, n: number): string {
  const evidence = step.evidence
    .map((e) => t(e.documentNumber ? `${e.title}（${e.documentNumber}）` : e.title))
    .join('；');
  const extra =
    step.step === 'decision'
      ? `  ${both(label(admissionStageScheme, step.outcome))}${step.collective ? '' : '  非集体研究 not collective'}`
      : step.step === 'refusal' || step.step === 'return'
        ? `  ${t(step.reason)}`
        : '';
  return `  ${n}. ${t(step.on)}  ${both(label(admissionStepScheme, step.step))}  ${t(step.by.name)}${extra}${evidence ? `\n     证据 evidence: ${evidence}` : ''}\n`;
}

function amendmentLine(a: Amendment): string {
  if (a.change === 'added')
    return `  + ${t(a.duty.key)} ${t(a.duty.name)} → ${both(sectionLabel(a.duty.section))}\n`;
  if (a.change === 'organisations')
    return `  + 部门 department: ${t(a.departments[a.departments.length - 1]?.name ?? '')}\n`;
  return `  ${a.change}\n`;
}

function report(request: AdmissionRequest, list: DutyList, e: AdmissionEvaluation): string {
  const out: string[] = [];
  out.push(`准入申请 Admission request ${t(request.id)}：${t(request.title)}\n`);
  out.push(`  申请部门 department: ${t(request.requestingDepartment.name)}\n`);
  out.push(
    `  事项 duty: ${t(request.duty.key)} ${t(request.duty.name)}（${both(sectionLabel(request.duty.section))}）\n`,
  );
  out.push(
    `  下派对象 targets: ${t(request.targets.map((x) => `${x.name} ${x.code}`).join('、'))}\n`,
  );
  out.push(`  下派方式 means: ${both(label(admissionMeansScheme, request.means))}\n`);
  out.push(`  对照清单 list: ${t(list.title)}（${t(list.id)}）\n\n`);
  out.push('程序 Procedure\n');
  request.procedure.forEach((s, i) => {
    out.push(stepLine(s, i + 1));
  });
  out.push('\n规则 Rules\n');
  for (const v of e.verdicts) {
    const weight = v.rule.severity === 'blocks' ? '阻止 blocks' : '提示 warns';
    const inv = v.rule.invariant
      ? ` [第${v.rule.invariant}条规则 invariant ${v.rule.invariant}]`
      : '';
    out.push(`${marks[v.verdict]} ${t(v.rule.id)}  ${v.verdict}  ${weight}${inv}\n`);
    out.push(`    ${t(v.rule.text.zh)}\n    ${t(v.rule.text.en)}\n`);
    out.push(`    → ${t(v.reason.zh)}\n    → ${t(v.reason.en)}\n`);
  }
  out.push(`\n结论 Outcome: ${outcomes[e.outcome].zh} / ${outcomes[e.outcome].en}\n`);
  if (e.amendments.length > 0) {
    out.push('清单调整 Amendments\n');
    for (const a of e.amendments) out.push(amendmentLine(a));
  }
  return out.join('');
}

function verdictJson(e: AdmissionEvaluation) {
  return e.verdicts.map((v) => ({
    rule: v.rule.id,
    severity: v.rule.severity,
    ...(v.rule.invariant ? { invariant: v.rule.invariant } : {}),
    text: v.rule.text,
    verdict: v.verdict,
    reason: v.reason,
  }));
}

/**
 * `qingdan admit <request> --list <list>`: evaluates an admission request against the rules and the list.
 *
 * @example
 * ```ts
 * admitCommand(program, { io, exit }); // qingdan admit request.yaml --list list.yaml
 * ```
 */
export const admitCommand: CommandRegistration = (program, { io, exit }) => {
  program
    .command('admit')
    .description(
      '按准入规则审查准入申请，逐条给出结论与理由 / evaluate an admission request against the rules and the current list',
    )
    .argument('<request>', '准入申请文件 / admission request file (.yaml, .json)')
    .requiredOption('--list <list>', '当前清单文件 / the current list file')
    .option(
      '--rules <config>',
      '县级配置文件（自定义准入规则） / county configuration with its own rules',
    )
    .option('--json', '以 JSON 输出 / print JSON for machines')
    .action(async (file: string, options: { list: string; rules?: string; json?: boolean }) => {
      const { readDataFile, readListFile } = await load.listfile();
      const request = await readDataFile(file, parseAdmissionRequest, 'admission-request');
      const list = await readListFile(options.list);
      const config = options.rules
        ? await readDataFile(options.rules, parseCountyConfig, 'county-config')
        : undefined;
      const issues: LocatedIssue[] = [
        ...(request.ok ? [] : request.issues),
        ...(list.ok ? [] : list.issues),
        ...(config && !config.ok ? config.issues : []),
      ];
      if (!request.ok || !list.ok || (config && !config.ok)) {
        if (options.json)
          io.stdout(
            `${JSON.stringify({ valid: false, issues: issues.map(issueToJson) }, null, 2)}\n`,
          );
        else for (const issue of issues) io.stdout(formatIssueForTerminal(issue));
        exit(exitCodes.invalidData);
        return;
      }
      const rules = config?.ok ? config.value.admissionRules : [];
      const e = evaluateAdmission(request.value, list.value, rules);
      if (options.json)
        io.stdout(
          `${JSON.stringify(
            {
              request: e.request,
              list: list.value.id,
              stage: e.stage,
              outcome: e.outcome,
              verdicts: verdictJson(e),
              amendments: e.amendments,
            },
            null,
            2,
          )}\n`,
        );
      else io.stdout(report(request.value, list.value, e));
      exit(e.outcome === 'admitted' ? exitCodes.ok : exitCodes.invalidData);
    });
};
