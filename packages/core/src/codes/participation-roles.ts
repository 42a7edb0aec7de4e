import { defineScheme, type SchemeCode } from './concept.js';

/**
 * Roles a body plays in a duty (事项中的参与角色), the `cv:role` of a CPSV-AP `cv:Participation`:
 * the lead county department of a cooperating duty (牵头), the township office that carries a
 * duty (承办), the county unit that takes over a reclaimed duty (承接), a body that only helps
 * (协助/配合), the department that hands a power down (下放) and the department that asks a
 * village for help (提出).
 *
 * @example
 * ```ts
 * findConcept(participationRoleScheme, '牵头')?.code; // 'lead'
 * findConcept(participationRoleScheme, '配合')?.code; // 'assisting'
 * ```
 */
export const participationRoleScheme = defineScheme(
  'participation-role',
  { zh: '参与角色', en: 'Participation role' },
  [
    { code: 'lead', label: { zh: '牵头', en: 'Lead' }, altLabels: ['主责', '牵头部门'] },
    { code: 'undertaking', label: { zh: '承办', en: 'Undertaking' }, altLabels: ['承办机构'] },
    { code: 'receiving', label: { zh: '承接', en: 'Receiving' }, altLabels: ['承接单位'] },
    { code: 'assisting', label: { zh: '协助', en: 'Assisting' }, altLabels: ['配合'] },
    { code: 'delegating', label: { zh: '下放', en: 'Delegating' }, altLabels: ['下放部门'] },
    { code: 'requesting', label: { zh: '提出', en: 'Requesting' }, altLabels: ['提出部门'] },
  ] as const,
);

/**
 * A role a body plays in a duty.
 *
 * @example
 * ```ts
 * const role: ParticipationRole = 'receiving';
 * ```
 */
export type ParticipationRole = SchemeCode<typeof participationRoleScheme>;
