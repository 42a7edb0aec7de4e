import { defineScheme, type SchemeCode } from './concept.js';

/**
 * The rank of a legal or policy instrument (效力层级), highest first.
 *
 * @example
 * ```ts
 * findConcept(legalRankScheme, '地方性法规')?.code; // 'local-regulation'
 * ```
 */
export const legalRankScheme = defineScheme('legal-rank', { zh: '效力层级', en: 'Legal rank' }, [
  { code: 'law', label: { zh: '法律', en: 'Law' } },
  { code: 'administrative-regulation', label: { zh: '行政法规', en: 'Administrative regulation' } },
  { code: 'local-regulation', label: { zh: '地方性法规', en: 'Local regulation' } },
  { code: 'departmental-rule', label: { zh: '部门规章', en: 'Departmental rule' } },
  { code: 'local-government-rule', label: { zh: '地方政府规章', en: 'Local government rule' } },
  { code: 'normative-document', label: { zh: '规范性文件', en: 'Normative document' } },
  { code: 'party-regulation', label: { zh: '党内法规', en: 'Party regulation' } },
  { code: 'policy-document', label: { zh: '政策文件', en: 'Policy document' } },
] as const);

/**
 * A legal rank code.
 *
 * @example
 * ```ts
 * const rank: LegalRank = 'local-regulation';
 * ```
 */
export type LegalRank = SchemeCode<typeof legalRankScheme>;
