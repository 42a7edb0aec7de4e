import { z } from 'zod';
import { admissionMeansScheme } from '../codes/admission.js';
import { schemeCodes } from '../codes/concept.js';
import { dutySchema } from '../model/duty.js';
import type { Immutable } from '../model/immutable.js';
import { departmentSchema } from '../model/organisations.js';
import { isoDateSchema, keySchema, textSchema } from '../model/primitives.js';
import { resourcesSchema } from '../model/resources.js';

/**
 * A person or body that took a step: `{ name: '县委社会工作部', role: '受理初审' }`.
 *
 * @example
 * ```ts
 * actorSchema.parse({ name: '中共黄梅县委社会工作部', role: '受理初审' });
 * ```
 */
export const actorSchema = z.strictObject({ name: textSchema, role: textSchema.exactOptional() });

/**
 * A document that proves a step was taken: minutes, an evaluation report, a signed agreement.
 *
 * @example
 * ```ts
 * evidenceSchema.parse({ title: '县委常委会会议纪要', documentNumber: '梅常纪〔2025〕11号' });
 * ```
 */
export const evidenceSchema = z.strictObject({
  title: textSchema,
  documentNumber: textSchema.exactOptional(),
  date: isoDateSchema.exactOptional(),
  url: z.url().exactOptional(),
});

/** Who took a step, when, and the evidence of it. */
const taken = {
  by: actorSchema,
  on: isoDateSchema,
  note: textSchema.exactOptional(),
  evidence: z.array(evidenceSchema).default([]),
};

/**
 * The schema of one step of the admission procedure, told apart by `step`.
 *
 * @example
 * ```ts
 * admissionStepSchema.parse({ step: 'acceptance', by: { name: '中共黄梅县委社会工作部' }, on: '2025-03-07' });
 * ```
 */
export const admissionStepSchema = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('application'), ...taken }),
  z.strictObject({ step: z.literal('acceptance'), ...taken }),
  z.strictObject({
    step: z.literal('evaluation'),
    ...taken,
    necessary: z.boolean(),
    highlySpecialised: z.boolean().default(false),
    crossDepartment: z.boolean().default(false),
  }),
  z.strictObject({
    step: z.literal('consultation'),
    ...taken,
    consulted: z.array(textSchema).default([]),
    agreed: z.boolean(),
  }),
  z.strictObject({
    step: z.literal('matching'),
    ...taken,
    resources: resourcesSchema,
    powers: textSchema.exactOptional(),
  }),
  z.strictObject({
    step: z.literal('decision'),
    ...taken,
    outcome: z.enum(['admitted', 'refused', 'returned']),
    collective: z.boolean(),
    meeting: textSchema.exactOptional(),
  }),
  z.strictObject({ step: z.literal('refusal'), ...taken, reason: textSchema }),
  z.strictObject({ step: z.literal('return'), ...taken, reason: textSchema }),
]);

/**
 * One step of the admission procedure, with who took it and when: application (申请),
 * acceptance and first review (受理初审), evaluation (评估), consultation with the townships
 * (委托协商), matching of powers and resources (事权匹配), the collective decision of the county
 * Party committee and government (县委县政府集体研究确定), or an early refusal or return.
 *
 * @example
 * ```ts
 * const step: AdmissionStep = {
 *   step: 'acceptance', by: { name: '中共黄梅县委社会工作部' }, on: '2025-03-10', evidence: [],
 * };
 * ```
 */
export type AdmissionStep = Immutable<z.output<typeof admissionStepSchema>>;

/**
 * The step of a given kind.
 *
 * @example
 * ```ts
 * const d: AdmissionStepOf<'decision'> = { step: 'decision', by: { name: '中共黄梅县委常委会会议' }, on: '2025-04-29', evidence: [], outcome: 'admitted', collective: true };
 * ```
 */
export type AdmissionStepOf<K extends AdmissionStep['step']> = Extract<AdmissionStep, { step: K }>;

/**
 * A township (9 digits) or village (12 digits) a task would be pushed down to.
 *
 * @example
 * ```ts
 * admissionTargetSchema.parse({ code: '421127108', name: '停前镇' });
 * ```
 */
export const admissionTargetSchema = z.strictObject({
  code: z.string().regex(/^\d{9}(\d{3})?$/, { error: 'division-code' }),
  name: textSchema,
});

/**
 * The schema of an admission request file (JSON or YAML).
 *
 * @example
 * ```ts
 * const result = admissionRequestSchema.safeParse(yaml.parse(text)); // prefer parseAdmissionRequest
 * ```
 */
export const admissionRequestSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  id: keySchema,
  title: textSchema,
  requestingDepartment: departmentSchema,
  duty: dutySchema,
  targets: z.array(admissionTargetSchema).min(1),
  means: z.enum(schemeCodes(admissionMeansScheme)),
  resources: resourcesSchema.exactOptional(),
  justification: textSchema.exactOptional(),
  procedure: z.array(admissionStepSchema).min(1),
});

/**
 * A county department's request to push a task down to townships or villages (准入申请): who
 * asks, the duty as it would join the list (its `section` says which), the targets, the means,
 * the resources offered and the procedure so far, step by step.
 *
 * @example
 * ```ts
 * const request: AdmissionRequest = {
 *   id: 'ZR-2025-003', title: '协助开展独居老人探访', means: 'list-entry',
 *   requestingDepartment: { key: 'mzj', name: '黄梅县民政局' },
 *   duty: { section: 'assisting', key: 'XZ-31', name: '协助开展独居老人探访', legalBases: [], offices: [], requestingDepartments: ['mzj'] },
 *   targets: [{ code: '421127104201', name: '垅坪村' }],
 *   procedure: [{ step: 'application', by: { name: '黄梅县民政局' }, on: '2025-03-01', evidence: [] }],
 * };
 * ```
 */
export type AdmissionRequest = Immutable<z.output<typeof admissionRequestSchema>>;

/**
 * The level of a target, by the length of its code.
 *
 * @example
 * ```ts
 * targetLevel('421127104201'); // 'village'
 * ```
 */
export function targetLevel(code: string): 'township' | 'village' {
  return code.length === 12 ? 'village' : 'township';
}
