import { defineScheme, type SchemeCode } from './concept.js';

/**
 * Why a list edition changes (动态调整的原因): the 立改废释 of a law, a change of policy or of
 * the institutions, feedback from below, an admission decision, or the revision of a whole edition.
 *
 * @example
 * ```ts
 * findConcept(amendmentReasonScheme, '法律法规修改')?.code; // 'law-amended'
 * ```
 */
export const amendmentReasonScheme = defineScheme(
  'amendment-reason',
  { zh: '调整原因', en: 'Amendment reason' },
  [
    { code: 'law-enacted', label: { zh: '法律法规制定', en: 'Law enacted' }, altLabels: ['立'] },
    { code: 'law-amended', label: { zh: '法律法规修改', en: 'Law amended' }, altLabels: ['改'] },
    { code: 'law-repealed', label: { zh: '法律法规废止', en: 'Law repealed' }, altLabels: ['废'] },
    {
      code: 'law-interpreted',
      label: { zh: '法律法规解释', en: 'Law interpreted' },
      altLabels: ['释'],
    },
    { code: 'policy-change', label: { zh: '政策调整', en: 'Policy change' } },
    {
      code: 'institutional-reform',
      label: { zh: '机构改革与职能调整', en: 'Institutional reform' },
    },
    {
      code: 'township-feedback',
      label: { zh: '乡镇(街道)反馈', en: 'Feedback from a township' },
    },
    {
      code: 'village-feedback',
      label: { zh: '村(社区)反馈', en: 'Feedback from a village' },
      altLabels: ['群众诉求'],
    },
    { code: 'admission', label: { zh: '准入决定', en: 'Admission decision' } },
    {
      code: 'edition-revision',
      label: { zh: '清单版本修订', en: 'Revision of the edition' },
    },
  ] as const,
);

/**
 * An amendment reason code.
 *
 * @example
 * ```ts
 * const r: AmendmentReason = 'law-amended';
 * ```
 */
export type AmendmentReason = SchemeCode<typeof amendmentReasonScheme>;
