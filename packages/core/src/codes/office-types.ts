import { defineScheme, type SchemeCode } from './concept.js';

/**
 * Kinds of township undertaking office (承办机构).
 *
 * @example
 * ```ts
 * findConcept(officeTypeScheme, '中心')?.code; // 'centre'
 * ```
 */
export const officeTypeScheme = defineScheme('office-type', { zh: '机构类型', en: 'Office type' }, [
  { code: 'office', label: { zh: '办公室', en: 'Office' }, altLabels: ['办'] },
  { code: 'centre', label: { zh: '中心', en: 'Centre' } },
  {
    code: 'enforcement-team',
    label: { zh: '综合行政执法队', en: 'Enforcement team' },
    altLabels: ['执法队'],
  },
  { code: 'station', label: { zh: '站所', en: 'Station' } },
  { code: 'other', label: { zh: '其他', en: 'Other' } },
] as const);

/**
 * A kind of undertaking office.
 *
 * @example
 * ```ts
 * const type: OfficeType = 'centre';
 * ```
 */
export type OfficeType = SchemeCode<typeof officeTypeScheme>;
