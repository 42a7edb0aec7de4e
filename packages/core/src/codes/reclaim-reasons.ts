import { defineScheme, type SchemeCode } from './concept.js';

/**
 * Why a county takes a duty back from the townships (收回原因): Yixing's five, and the grounds
 * Huangmei gives.
 *
 * @example
 * ```ts
 * findConcept(reclaimReasonScheme, '专业性强')?.code; // 'highly-specialised'
 * ```
 */
export const reclaimReasonScheme = defineScheme(
  'reclaim-reason',
  { zh: '收回原因', en: 'Reclaim reason' },
  [
    {
      code: 'hard-to-take-over-technically',
      label: { zh: '技术承接难', en: 'Hard to take over technically' },
    },
    { code: 'nothing-to-supervise', label: { zh: '无监管对象', en: 'Nothing to supervise' } },
    { code: 'rarely-exercised', label: { zh: '行权频率低', en: 'Rarely exercised' } },
    { code: 'unsound-assessment', label: { zh: '考核不科学', en: 'Unsound assessment' } },
    { code: 'hard-to-carry-out', label: { zh: '实施难度大', en: 'Hard to carry out' } },
    { code: 'highly-specialised', label: { zh: '专业性强', en: 'Highly specialised' } },
    {
      code: 'cross-level-cross-department',
      label: { zh: '跨层级跨部门', en: 'Cross-level or cross-department' },
    },
    {
      code: 'county-department-responsible',
      label: { zh: '县直部门主责', en: 'County department primarily responsible' },
    },
  ] as const,
);

/**
 * A reclaim reason code.
 *
 * @example
 * ```ts
 * const reason: ReclaimReason = 'highly-specialised';
 * ```
 */
export type ReclaimReason = SchemeCode<typeof reclaimReasonScheme>;
