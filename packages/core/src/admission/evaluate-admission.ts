import type { Amendment } from '../amendment/amendment.js';
import type { AdmissionStage } from '../codes/admission.js';
import type { Bilingual } from '../codes/concept.js';
import type { Issue } from '../issues/issue.js';
import type { DutyList } from '../model/duty-list.js';
import { admissionAmendments } from './admission-amendments.js';
import { builtInAdmissionRules } from './built-in-rules.js';
import { fieldsOf } from './condition.js';
import { evaluateCondition } from './evaluate-condition.js';
import type { AdmissionFacts } from './facts.js';
import { awaitsProcedure } from './fields.js';
import { replayProcedure } from './replay-procedure.js';
import type { AdmissionRequest } from './request.js';
import type { AdmissionRule } from './rule.js';

/**
 * What a rule found: it held, it failed, or it did not apply (its `when` did not hold).
 *
 * @example
 * ```ts
 * const failed = evaluation.verdicts.filter((v) => v.verdict === 'failed');
 * ```
 */
export type RuleVerdict = 'passed' | 'failed' | 'not-applicable';

/**
 * One rule's verdict on a request, with the facts that decided it.
 *
 * @example
 * ```ts
 * const v: AdmissionVerdict = { rule, verdict: 'failed', reason: { zh: '下派方式为「签订责任状」，应为「列入清单」', en: '…' } };
 * ```
 */
export interface AdmissionVerdict {
  readonly rule: AdmissionRule;
  readonly verdict: RuleVerdict;
  readonly reason: Bilingual;
}

/**
 * Where a request ends: `admitted` (decided so, and every blocking rule holds), `refused` or
 * `returned` (as decided), `blocked` (a blocking rule fails for good — a 责任状, a prohibited
 * item — or the request is recorded as admitted although a blocking rule fails or its procedure
 * is faulty: the admission cannot stand), or `pending` (the procedure goes on, and what still
 * fails may yet be met by its next steps).
 *
 * @example
 * ```ts
 * process.exitCode = evaluateAdmission(request, list).outcome === 'admitted' ? 0 : 1;
 * ```
 */
export type AdmissionOutcome = 'admitted' | 'refused' | 'returned' | 'blocked' | 'pending';

/**
 * The evaluation of a request: its stage, each rule's verdict, the outcome, the faults of its
 * procedure, and — only when admitted — the amendments it makes to the list.
 *
 * @example
 * ```ts
 * const e = evaluateAdmission(request, list);
 * if (e.outcome === 'admitted') applyAmendments(list, e.amendments);
 * ```
 */
export interface AdmissionEvaluation {
  readonly request: string;
  readonly stage: AdmissionStage;
  readonly outcome: AdmissionOutcome;
  readonly verdicts: readonly AdmissionVerdict[];
  readonly issues: readonly Issue[];
  readonly amendments: readonly Amendment[];
}

/** Whether a later step could still change what the rule finds. */
function awaits(rule: AdmissionRule): boolean {
  const fields = [...(rule.when ? fieldsOf(rule.when) : []), ...fieldsOf(rule.require)];
  return fields.some(awaitsProcedure);
}

function judge(rule: AdmissionRule, facts: AdmissionFacts): AdmissionVerdict {
  if (rule.when) {
    const when = evaluateCondition(rule.when, facts);
    if (!when.holds)
      return {
        rule,
        verdict: 'not-applicable',
        reason: { zh: `不适用：${when.because.zh}`, en: `does not apply: ${when.because.en}` },
      };
  }
  const found = evaluateCondition(rule.require, facts);
  return { rule, verdict: found.holds ? 'passed' : 'failed', reason: found.because };
}

/**
 * Evaluates an admission request against the current list: the built-in rules always, then
 * `rules` (a county's own; one with a built-in rule's id is skipped, so invariants 7 and 8
 * cannot be switched off). A request is only `admitted` when its procedure ran in order to a
 * collective decision to admit and no blocking rule fails.
 *
 * @example
 * ```ts
 * const e = evaluateAdmission(request, list, countyRules);
 * for (const v of e.verdicts) console.log(v.rule.id, v.verdict, v.reason.zh);
 * ```
 */
export function evaluateAdmission(
  request: AdmissionRequest,
  list: DutyList,
  rules: readonly AdmissionRule[] = [],
): AdmissionEvaluation {
  const { stage, issues } = replayProcedure(request.procedure);
  const facts: AdmissionFacts = { request, stage, list };
  const builtIn = new Set(builtInAdmissionRules.map((r) => r.id));
  const all = [...builtInAdmissionRules, ...rules.filter((r) => !builtIn.has(r.id))];
  const verdicts = all.map((rule) => judge(rule, facts));
  const failing = verdicts.filter((v) => v.verdict === 'failed' && v.rule.severity === 'blocks');
  const forGood = issues.length > 0 || failing.some((v) => !awaits(v.rule));
  const outcome: AdmissionOutcome =
    stage === 'refused' || stage === 'returned'
      ? stage
      : stage === 'admitted'
        ? failing.length > 0 || issues.length > 0
          ? 'blocked'
          : 'admitted'
        : forGood
          ? 'blocked'
          : 'pending';
  return {
    request: request.id,
    stage,
    outcome,
    verdicts,
    issues,
    amendments: outcome === 'admitted' ? admissionAmendments(request, list) : [],
  };
}
