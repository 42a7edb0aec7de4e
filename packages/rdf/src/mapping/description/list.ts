import {
  type Department,
  type Duty,
  type DutyList,
  type ListDomain,
  listKindScheme,
  listStatusScheme,
  type Office,
} from '@qingdan/core';
import { cv, dct, qd, xsd } from '@qingdan/vocab';
import { divisionIri, issuerIri, participationIri } from '../../iri/scheme.js';
import { commonDutyFields, sectionMappings } from './duties.js';
import {
  boolean,
  concept,
  derived,
  leading,
  list,
  node,
  optional,
  ref,
  set,
  text,
  typed,
} from './fields.js';
import {
  competentAuthorities,
  type DutyParticipation,
  dutyParticipations,
} from './participations.js';
import {
  departmentMapping,
  divisionMapping,
  domainMapping,
  issuerMapping,
  officeMapping,
  participationMapping,
} from './parts.js';
import type { FieldsOf, NodeMapping } from './types.js';

/**
 * A duty: its section's class, the common fields, its section's own fields, then what CPSV-AP
 * derives from them: a participation for each body it names, and its competent authority.
 *
 * @example
 * ```ts
 * dutyMapping.variants?.by; // 'section'
 * ```
 */
export const dutyMapping: NodeMapping = {
  fields: commonDutyFields,
  variants: { by: 'section', table: sectionMappings },
  after: {
    participations: derived(
      set(
        node(
          cv.hasParticipation,
          () => participationMapping,
          (duty, p: DutyParticipation) => participationIri(duty, p.role, p.key),
          { edgeFirst: true },
        ),
      ),
      dutyParticipations,
    ),
    competentAuthority: derived(
      set(ref(cv.hasCompetentAuthority, 'department')),
      competentAuthorities,
    ),
  },
};

/**
 * The mapping of a list edition to RDF, described once: every node, its class, its IRI
 * template, and each field's predicate, term kind, container, and whether it is optional or
 * derived. `dutyListToQuads`, `dutyListFromQuads`, `dutyListToJsonLd` and `nodePaths` follow
 * it; tests check `vocab/context.jsonld` and `vocab/shapes.ttl` against it.
 *
 * @example
 * ```ts
 * listMapping.fields.duties; // a set of duty nodes, `{edition}/duty/{key}`
 * ```
 */
export const listMapping: NodeMapping = {
  class: qd.DutyList,
  fields: {
    id: text(dct.identifier),
    $schema: leading(optional(typed(qd.listSchema, xsd.anyURI))),
    kind: concept(qd.listKind, listKindScheme),
    title: text(dct.title, 'zh'),
    titleEn: optional(text(dct.title, 'en')),
    division: node(qd.division, () => divisionMapping, divisionIri),
    template: optional(boolean(qd.template)),
    issuer: node(qd.issuer, () => issuerMapping, issuerIri, { edgeFirst: true }),
    issued: optional(typed(dct.issued, xsd.date)),
    documentNumber: optional(text(qd.documentNumber)),
    edition: optional(text(qd.edition)),
    status: concept(qd.status, listStatusScheme),
    supersedes: optional(text(qd.supersedes)),
    townshipType: optional(text(qd.townshipType)),
    sourceUrl: optional(typed(qd.sourceUrl, xsd.anyURI)),
    domains: optional(
      list(
        node(
          qd.domains,
          () => domainMapping,
          (_e, d: ListDomain, _i, iris) => iris.domain(d.code),
        ),
      ),
    ),
    offices: list(
      node(
        qd.offices,
        () => officeMapping,
        (_e, o: Office, _i, iris) => iris.office(o.key),
      ),
    ),
    departments: list(
      node(
        qd.departments,
        () => departmentMapping,
        (_e, d: Department, _i, iris) => iris.department(d.key),
      ),
    ),
    duties: set(
      node(
        qd.duties,
        () => dutyMapping,
        (_e, d: Duty, _i, iris) => iris.duty(d.key),
      ),
    ),
  } satisfies FieldsOf<DutyList>,
};
