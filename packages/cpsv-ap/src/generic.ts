import { alignLists } from '@qingdan/compare';
import type { Duty, DutyList } from '@qingdan/core';
import {
  type CpsvConcept,
  type GenericServiceOf,
  genericServiceIri,
  genericServicesIri,
} from '@qingdan/rdf';

const dutyKey = (list: DutyList, duty: Duty) =>
  `${list.division.code}\u0000${list.id}\u0000${duty.key}`;

/**
 * The generic services of lists published together: `@qingdan/compare` aligns their duties
 * into concepts, and each concept that holds duties of two lists or more becomes one generic
 * service (`{base}service/{concept}`, a `skos:Concept` in the scheme `{base}service`, named by
 * the duty that founded it), which each of its duties is classified by. A duty no other list
 * has gets none.
 *
 * @example
 * ```ts
 * const generic = genericServices([wuzu, tingqian], base);
 * generic(wuzu, wuzu.duties[0])?.iri; // 'https://…/service/c0' when tingqian has the duty too
 * ```
 */
export function genericServices(lists: readonly DutyList[], base: string): GenericServiceOf {
  const byDuty = new Map<string, CpsvConcept>();
  if (lists.length < 2) return () => undefined;
  const alignment = alignLists(lists);
  const scheme = genericServicesIri(base);
  for (const concept of alignment.concepts) {
    if (new Set(concept.members.map((m) => m.list)).size < 2) continue;
    const founder = concept.members[0];
    const named = founder ? lists[founder.list]?.duties[founder.duty] : undefined;
    const service: CpsvConcept = {
      iri: genericServiceIri(base, concept.id),
      scheme,
      code: concept.id,
      zh: named?.name ?? concept.label,
      en: named?.nameEn,
    };
    for (const m of concept.members) {
      const list = lists[m.list];
      const duty = list?.duties[m.duty];
      if (list && duty) byDuty.set(dutyKey(list, duty), service);
    }
  }
  return (list, duty) => byDuty.get(dutyKey(list, duty));
}
