import type { Duty, ParticipationRole } from '@qingdan/core';
import { commonDutyFields, sectionMappings } from './duties.js';
import type { Fields } from './types.js';

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

/** A field of a duty whose keys name bodies taking part in it. */
interface Naming {
  readonly field: string;
  readonly role: ParticipationRole;
  readonly kind: 'office' | 'department';
  readonly competentAuthority: boolean;
}

function namings(fields: Fields): Naming[] {
  const found: Naming[] = [];
  for (const [field, f] of Object.entries(fields)) {
    if (f.kind !== 'value' || !f.participation || f.term.is !== 'ref') continue;
    const kind = f.term.to;
    if (kind === 'domain') throw new TypeError(`${field}: a domain takes no part in a duty`);
    found.push({ field, kind, ...f.participation });
  }
  return found;
}

const common = namings(commonDutyFields);
/** By section, the fields naming bodies, in the order they are written. */
const bySection = {} as Record<Duty['section'], readonly Naming[]>;
for (const section of Object.keys(sectionMappings) as Duty['section'][])
  bySection[section] = [...common, ...namings(sectionMappings[section].fields)];

const keysOf = (duty: Duty, field: string) =>
  (duty as unknown as Readonly<Record<string, readonly string[] | undefined>>)[field] ?? [];

/**
 * The participations of a duty, one per (role, body), in the order of its fields: its offices
 * as undertaking, then the lead departments of a cooperating duty, the receiving departments of
 * a reclaimed one, the delegating departments of a delegated power or the requesting departments
 * of a village's assisting duty — whatever fields the description marks with a role. A body
 * named twice in one role takes part once.
 *
 * @example
 * ```ts
 * dutyParticipations({ section: 'cooperating', offices: ['shsw'], leadDepartments: ['yjj'], … });
 * // [{ role: 'undertaking', kind: 'office', key: 'shsw' }, { role: 'lead', kind: 'department', key: 'yjj' }]
 * ```
 */
export function dutyParticipations(duty: Duty): DutyParticipation[] {
  const out: DutyParticipation[] = [];
  for (const { field, role, kind } of bySection[duty.section]) {
    const keys = keysOf(duty, field);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      // A repeated key is rare: look back rather than build a set for every field.
      if (keys.indexOf(key) === i) out.push({ role, kind, key });
    }
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
  const out: string[] = [];
  for (const { field, competentAuthority } of bySection[duty.section])
    if (competentAuthority)
      for (const key of keysOf(duty, field)) if (!out.includes(key)) out.push(key);
  return out;
}
