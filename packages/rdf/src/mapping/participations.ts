import type { Duty, ParticipationRole } from '@qingdan/core';
import { iriSegment } from '../iri/segment.js';

/**
 * One body taking part in a duty, in one role: a CPSV-AP `cv:Participation`. Derived from the
 * duty's own fields (its offices and the departments its section names), never stored apart.
 *
 * @example
 * ```ts
 * const p: DutyParticipation = { role: 'lead', kind: 'department', key: 'yjj' };
 * ```
 */
export interface DutyParticipation {
  readonly role: ParticipationRole;
  /** Whether `key` names one of the list's offices or one of its departments. */
  readonly kind: 'office' | 'department';
  readonly key: string;
}

/**
 * The participations of a duty, one per (role, body), in the order of its fields: its offices
 * as undertaking, then the lead departments of a cooperating duty, the receiving departments of
 * a reclaimed one, the delegating departments of a delegated power or the requesting departments
 * of a village's assisting duty. A body named twice in one role takes part once.
 *
 * @example
 * ```ts
 * dutyParticipations({ section: 'cooperating', offices: ['shsw'], leadDepartments: ['yjj'], … });
 * // [{ role: 'undertaking', kind: 'office', key: 'shsw' }, { role: 'lead', kind: 'department', key: 'yjj' }]
 * ```
 */
export function dutyParticipations(duty: Duty): DutyParticipation[] {
  const out: DutyParticipation[] = [];
  const add = (
    role: ParticipationRole,
    kind: DutyParticipation['kind'],
    keys: readonly string[],
  ) => {
    const seen = new Set<string>();
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ role, kind, key });
    }
  };
  add('undertaking', 'office', duty.offices);
  switch (duty.section) {
    case 'cooperating':
      add('lead', 'department', duty.leadDepartments);
      break;
    case 'reclaimed':
      add('receiving', 'department', duty.receivingDepartments);
      break;
    case 'delegated':
      add('delegating', 'department', duty.delegatingDepartments);
      break;
    case 'assisting':
      add('requesting', 'department', duty.requestingDepartments);
      break;
    default:
      break;
  }
  return out;
}

/**
 * The departments that are a duty's competent authority (`cv:hasCompetentAuthority`) where the
 * list makes it clear: the lead departments of a cooperating duty, the receiving departments of
 * a reclaimed one; no one otherwise. Keys, each once, in the order of the list.
 *
 * @example
 * ```ts
 * competentAuthorities(reclaimedDuty); // ['zjj']
 * ```
 */
export function competentAuthorities(duty: Duty): readonly string[] {
  switch (duty.section) {
    case 'cooperating':
      return [...new Set(duty.leadDepartments)];
    case 'reclaimed':
      return [...new Set(duty.receivingDepartments)];
    default:
      return [];
  }
}

/**
 * The IRI of a participation, from its duty's IRI (absolute or relative), its role and the key of
 * the body: `{duty}/participation/{role}/{key}`. Stable as long as the keys are.
 *
 * @example
 * ```ts
 * participationIri('https://data.example.org/qingdan/421127104/wuzu-2024/duty/PH-01', 'lead', 'yjj');
 * // 'https://data.example.org/qingdan/421127104/wuzu-2024/duty/PH-01/participation/lead/yjj'
 * ```
 */
export function participationIri(duty: string, role: ParticipationRole, key: string): string {
  return `${duty}/participation/${role}/${iriSegment(key)}`;
}
