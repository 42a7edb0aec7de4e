import { z } from 'zod';
import type { Bilingual } from '../codes/concept.js';
import { keySchema, textSchema } from '../model/primitives.js';
import { type Condition, conditionSchema } from './condition.js';

/**
 * How a failed rule weighs: `blocks` stops the admission, `warns` only reports.
 *
 * @example
 * ```ts
 * const blocking = rules.filter((r) => r.severity === 'blocks');
 * ```
 */
export type RuleSeverity = 'blocks' | 'warns';

/**
 * An admission rule, as a value: its identifier, its text in Chinese and English, how a
 * failure weighs, and what it checks — `require` must hold whenever `when` holds (or always,
 * without `when`). The built-in rules that carry invariants 7 and 8 say so.
 *
 * @example
 * ```ts
 * const rule: AdmissionRule = {
 *   id: 'hm-funding-floor', severity: 'warns',
 *   text: { zh: '下派村(社区)的事项每年经费不低于 5000 元', en: 'a task for villages brings at least CNY 5,000 a year' },
 *   when: { field: 'targets.level', contains: 'village' },
 *   require: { field: 'matched.funding', atLeast: 5000 },
 * };
 * ```
 */
export interface AdmissionRule {
  readonly id: string;
  readonly severity: RuleSeverity;
  readonly text: Bilingual;
  readonly invariant?: 7 | 8;
  readonly when?: Condition;
  readonly require: Condition;
}

/**
 * The schema of a county's own rule, as its configuration file writes it.
 *
 * @example
 * ```ts
 * countyRuleSchema.parse({ id: 'hm-1', severity: 'warns', text: { zh: '…', en: '…' }, require: { field: 'duty.legalBases', atLeast: 1 } });
 * ```
 */
export const countyRuleSchema = z.strictObject({
  id: keySchema,
  severity: z.enum(['blocks', 'warns']),
  text: z.strictObject({ zh: textSchema, en: textSchema }),
  when: conditionSchema.exactOptional(),
  require: conditionSchema,
});

/**
 * The schema of a county configuration file that carries admission rules: the county, and its
 * own rules, added to the built-in ones.
 *
 * @example
 * ```ts
 * countyConfigSchema.safeParse(yaml.parse(text)); // prefer parseCountyConfig, which also checks the conditions
 * ```
 */
export const countyConfigSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  county: z
    .strictObject({
      code: z.string().regex(/^\d{6}$/, { error: 'division-code' }),
      name: textSchema,
    })
    .exactOptional(),
  admissionRules: z.array(countyRuleSchema).default([]),
});
