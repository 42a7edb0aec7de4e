import { defineScheme, type SchemeCode } from './concept.js';

/**
 * How a county department means to push a task down. Only `list-entry` is lawful; the others
 * (签订责任状、分解下达指标、考核验收) are the ways the rules forbid.
 *
 * @example
 * ```ts
 * findConcept(admissionMeansScheme, '责任状')?.code; // 'responsibility-letter'
 * ```
 */
export const admissionMeansScheme = defineScheme(
  'admission-means',
  { zh: '下派方式', en: 'Admission means' },
  [
    { code: 'list-entry', label: { zh: '列入清单', en: 'Entry on the list' } },
    {
      code: 'responsibility-letter',
      label: { zh: '签订责任状', en: 'Responsibility letter' },
      altLabels: ['责任状'],
    },
    {
      code: 'quota',
      label: { zh: '分解下达指标', en: 'Quota or indicator' },
      altLabels: ['下达指标', '分解指标'],
    },
    {
      code: 'inspection',
      label: { zh: '考核验收', en: 'Inspection or acceptance check' },
      altLabels: ['考核', '验收'],
    },
  ] as const,
);

/**
 * An admission means code.
 *
 * @example
 * ```ts
 * const m: AdmissionMeans = 'list-entry';
 * ```
 */
export type AdmissionMeans = SchemeCode<typeof admissionMeansScheme>;

/**
 * The means the rules forbid: a transfer by any of them is refused (invariant 8).
 *
 * @example
 * ```ts
 * forbiddenAdmissionMeans.includes(request.means); // true for a 责任状
 * ```
 */
export const forbiddenAdmissionMeans: readonly AdmissionMeans[] = [
  'responsibility-letter',
  'quota',
  'inspection',
];

/**
 * The stages of the admission procedure (准入程序): where a request stands after each step.
 *
 * @example
 * ```ts
 * findConcept(admissionStageScheme, '事权匹配')?.code; // 'matched'
 * ```
 */
export const admissionStageScheme = defineScheme(
  'admission-stage',
  { zh: '准入程序阶段', en: 'Admission stage' },
  [
    { code: 'applied', label: { zh: '申请', en: 'Applied' } },
    { code: 'accepted', label: { zh: '受理初审', en: 'Accepted and first reviewed' } },
    { code: 'evaluated', label: { zh: '评估', en: 'Evaluated' } },
    { code: 'consulted', label: { zh: '委托协商', en: 'Consulted' } },
    { code: 'matched', label: { zh: '事权匹配', en: 'Powers and resources matched' } },
    { code: 'admitted', label: { zh: '准予准入', en: 'Admitted' } },
    { code: 'refused', label: { zh: '不予准入', en: 'Refused' } },
    { code: 'returned', label: { zh: '退回', en: 'Returned' } },
  ] as const,
);

/**
 * A stage of the admission procedure.
 *
 * @example
 * ```ts
 * const s: AdmissionStage = 'consulted';
 * ```
 */
export type AdmissionStage = SchemeCode<typeof admissionStageScheme>;

/**
 * The steps of the admission procedure, each moving a request from one stage to the next.
 *
 * @example
 * ```ts
 * findConcept(admissionStepScheme, '县委县政府集体研究确定')?.code; // 'decision'
 * ```
 */
export const admissionStepScheme = defineScheme(
  'admission-step',
  { zh: '准入程序步骤', en: 'Admission step' },
  [
    { code: 'application', label: { zh: '申请', en: 'Application' } },
    { code: 'acceptance', label: { zh: '受理初审', en: 'Acceptance and first review' } },
    { code: 'evaluation', label: { zh: '评估', en: 'Evaluation' } },
    { code: 'consultation', label: { zh: '委托协商', en: 'Consultation' } },
    { code: 'matching', label: { zh: '事权匹配', en: 'Matching of powers and resources' } },
    {
      code: 'decision',
      label: { zh: '县委县政府集体研究确定', en: 'Collective decision' },
    },
    { code: 'refusal', label: { zh: '不予准入', en: 'Refusal' } },
    { code: 'return', label: { zh: '退回', en: 'Return' } },
  ] as const,
);

/**
 * A step of the admission procedure.
 *
 * @example
 * ```ts
 * const k: AdmissionStepKind = 'matching';
 * ```
 */
export type AdmissionStepKind = SchemeCode<typeof admissionStepScheme>;
