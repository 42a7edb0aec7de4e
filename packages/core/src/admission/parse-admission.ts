import type { z } from 'zod';
import { retagDiscriminator } from '../amendment/retag-discriminator.js';
import { withStructuredBases } from '../amendment/structure-bases.js';
import { fromZodIssues } from '../issues/from-zod.js';
import { type Issue, makeIssue } from '../issues/issue.js';
import type { Result } from '../issues/result.js';
import { withTextChecks } from '../text/with-text-checks.js';
import { builtInAdmissionRules } from './built-in-rules.js';
import { checkCondition } from './check-condition.js';
import { replayProcedure } from './replay-procedure.js';
import { type AdmissionRequest, admissionRequestSchema } from './request.js';
import { type AdmissionRule, countyConfigSchema } from './rule.js';

function parseRequestShape(input: unknown): Result<AdmissionRequest> {
  const parsed = admissionRequestSchema.safeParse(input, { reportInput: true });
  if (!parsed.success)
    return { ok: false, issues: retagDiscriminator(fromZodIssues(parsed.error.issues)) };
  const given = parsed.data as AdmissionRequest;
  const request: AdmissionRequest = { ...given, duty: withStructuredBases(given.duty) };
  const { issues } = replayProcedure(request.procedure);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: request, warnings: [] };
}

/**
 * Parses an admission request file's content (already read from JSON or YAML): its text, as a
 * list file's is checked, its schema, then its procedure, step by step — a step the stage
 * before it does not allow is an error at `procedure[i].step`.
 *
 * @example
 * ```ts
 * const result = parseAdmissionRequest(yaml.parse(text));
 * if (!result.ok) for (const i of result.issues) console.log(formatPath(i.path), issueMessage(i, 'zh'));
 * ```
 */
export function parseAdmissionRequest(input: unknown): Result<AdmissionRequest> {
  return withTextChecks(input, parseRequestShape);
}

/**
 * A county's configuration for admission: the county, and its own rules.
 *
 * @example
 * ```ts
 * const config: CountyConfig = { county: { code: '421127', name: '黄梅县' }, admissionRules: [] };
 * ```
 */
export interface CountyConfig {
  readonly county?: z.output<typeof countyConfigSchema>['county'];
  readonly admissionRules: readonly AdmissionRule[];
}

/**
 * Parses a county configuration file's content: its text, as a list file's is checked, each
 * rule's shape, that each condition compares its field in a way that fits it, and that no id is
 * used twice or taken from a built-in rule.
 *
 * @example
 * ```ts
 * const config = parseCountyConfig(yaml.parse(text));
 * if (config.ok) evaluateAdmission(request, list, config.value.admissionRules);
 * ```
 */
export function parseCountyConfig(input: unknown): Result<CountyConfig> {
  return withTextChecks(input, parseConfigShape);
}

function parseConfigShape(input: unknown): Result<CountyConfig> {
  const parsed = countyConfigSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const issues: Issue[] = [];
  const seen = new Set(builtInAdmissionRules.map((r) => r.id));
  const builtIn = new Set(seen);
  parsed.data.admissionRules.forEach((rule, i) => {
    const at = ['admissionRules', i];
    if (seen.has(rule.id))
      issues.push(
        makeIssue('admission-rule-duplicate', 'error', [...at, 'id'], {
          id: rule.id,
          ...(builtIn.has(rule.id) ? { builtIn: 1 } : {}),
        }),
      );
    seen.add(rule.id);
    if (rule.when) issues.push(...checkCondition(rule.when, [...at, 'when']));
    issues.push(...checkCondition(rule.require, [...at, 'require']));
  });
  if (issues.length > 0) return { ok: false, issues };
  const { county, admissionRules } = parsed.data;
  return {
    ok: true,
    value: { ...(county ? { county } : {}), admissionRules: admissionRules as AdmissionRule[] },
    warnings: [],
  };
}
