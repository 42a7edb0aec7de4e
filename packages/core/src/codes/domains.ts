import { defineScheme } from './concept.js';

/**
 * The nine domains (领域) of Huangmei county's township lists, the default scheme. A list may
 * bring its own scheme in its `domains` field; a domain is a concept, not a fixed enum.
 *
 * @example
 * ```ts
 * huangmeiDomainScheme.concepts.length; // 9
 * ```
 */
export const huangmeiDomainScheme = defineScheme('domain', { zh: '领域', en: 'Domain' }, [
  { code: 'party-building', notation: '01', label: { zh: '党的建设', en: 'Party building' } },
  {
    code: 'economic-development',
    notation: '02',
    label: { zh: '经济发展', en: 'Economic development' },
  },
  {
    code: 'livelihood-services',
    notation: '03',
    label: { zh: '民生服务', en: 'Livelihood services' },
  },
  {
    code: 'public-safety-rule-of-law',
    notation: '04',
    label: { zh: '平安法治建设', en: 'Public safety and rule of law' },
    altLabels: ['平安法治'],
  },
  {
    code: 'urban-rural-construction',
    notation: '05',
    label: { zh: '城乡建设', en: 'Urban and rural construction' },
  },
  {
    code: 'ecology-environment',
    notation: '06',
    label: { zh: '生态环保', en: 'Ecology and environmental protection' },
    altLabels: ['生态环境保护', '生态环境'],
  },
  {
    code: 'agriculture-rural-affairs',
    notation: '07',
    label: { zh: '农业农村', en: 'Agriculture and rural affairs' },
  },
  { code: 'culture-tourism', notation: '08', label: { zh: '文化旅游', en: 'Culture and tourism' } },
  {
    code: 'government-services',
    notation: '09',
    label: { zh: '综合政务服务', en: 'General government services' },
    altLabels: ['综合政务'],
  },
] as const);
