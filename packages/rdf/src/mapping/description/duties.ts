import {
  type BasicDuty,
  type Duty,
  type DutyOfSection,
  delegationModeScheme,
  powerCategoryScheme,
  reclaimReasonScheme,
} from '@qingdan/core';
import { dct, qd, skos } from '@qingdan/vocab';
import { basisIri, extraColumnIri, resourcesIri } from '../../iri/scheme.js';
import { concept, derived, list, node, number, optional, ref, text } from './fields.js';
import { extraColumnMapping, legalBasisMapping, resourcesMapping } from './parts.js';
import type { FieldsOf, Variant } from './types.js';

/** What every duty has, whatever its section. */
type CommonDuty = Omit<BasicDuty, 'section'>;

/**
 * The fields every duty has, whatever its section, in the order they are written, after the
 * duty's type: its position in the list (derived, read back only to order the duties), its key,
 * names, domain, legal bases, offices (each taking part as `undertaking`), resources and cells
 * of extra columns.
 *
 * @example
 * ```ts
 * commonDutyFields.offices.participation?.role; // 'undertaking'
 * ```
 */
export const commonDutyFields = {
  position: derived(number(qd.position), (_duty: Duty, _iri, _iris, index) => index, {
    orders: true,
  }),
  key: text(dct.identifier),
  code: optional(text(qd.code)),
  number: optional(text(qd.number)),
  name: text(skos.prefLabel, 'zh'),
  nameEn: optional(text(skos.prefLabel, 'en')),
  description: optional(text(dct.description)),
  domain: optional(ref(qd.domain, 'domain')),
  powerCategory: optional(concept(qd.powerCategory, powerCategoryScheme)),
  legalBases: list(
    node(
      qd.legalBases,
      () => legalBasisMapping,
      (duty, _basis, index) => basisIri(duty, index),
    ),
  ),
  offices: list(ref(qd.offices, 'office', { role: 'undertaking' })),
  resources: optional(node(qd.resources, () => resourcesMapping, resourcesIri)),
  localTo: optional(list(text(qd.localTo))),
  extraColumns: optional(
    list(
      node(
        qd.extraColumns,
        () => extraColumnMapping,
        (duty, _column, index) => extraColumnIri(duty, index),
      ),
    ),
  ),
} satisfies FieldsOf<CommonDuty>;

/** The fields a duty of section `S` has besides the common ones. */
type OwnFields<S extends Duty['section']> = Omit<DutyOfSection<S>, keyof BasicDuty>;

/**
 * Each section's class and its own fields, written after the common ones. One entry a section,
 * each with every field of its own: a section or a field added to the model and not described
 * here fails to compile.
 *
 * @example
 * ```ts
 * sectionMappings.cooperating.class; // qd.CooperatingDuty
 * ```
 */
export const sectionMappings = {
  basic: { class: qd.BasicDuty, fields: {} },
  cooperating: {
    class: qd.CooperatingDuty,
    fields: {
      leadDepartments: list(
        ref(qd.leadDepartments, 'department', { role: 'lead', competentAuthority: true }),
      ),
      departmentDuty: optional(text(qd.departmentDuty)),
      townshipDuty: optional(text(qd.townshipDuty)),
    },
  },
  reclaimed: {
    class: qd.ReclaimedDuty,
    fields: {
      receivingDepartments: list(
        ref(qd.receivingDepartments, 'department', {
          role: 'receiving',
          competentAuthority: true,
        }),
      ),
      reclaimReasons: list(concept(qd.reclaimReasons, reclaimReasonScheme)),
      reclaimNote: optional(text(qd.reclaimNote)),
      formerDelegationMode: optional(concept(qd.formerDelegationMode, delegationModeScheme)),
    },
  },
  delegated: {
    class: qd.DelegatedDuty,
    fields: {
      delegationMode: concept(qd.delegationMode, delegationModeScheme),
      delegatingDepartments: list(
        ref(qd.delegatingDepartments, 'department', { role: 'delegating' }),
      ),
    },
  },
  selfGovernance: { class: qd.SelfGovernanceDuty, fields: {} },
  assisting: {
    class: qd.AssistingDuty,
    fields: {
      requestingDepartments: list(
        ref(qd.requestingDepartments, 'department', { role: 'requesting' }),
      ),
      admissionDecision: optional(text(qd.admissionDecision)),
    },
  },
  prohibited: {
    class: qd.ProhibitedItem,
    fields: { prohibitionReason: optional(text(qd.prohibitionReason)) },
  },
  certificateToAbolish: {
    class: qd.CertificateToAbolish,
    fields: { replacedBy: optional(text(qd.replacedBy)) },
  },
} satisfies {
  readonly [S in Duty['section']]: Variant & { readonly fields: FieldsOf<OwnFields<S>> };
};
