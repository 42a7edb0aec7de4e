import {
  type Department,
  type Division,
  type Duty,
  divisionLevelScheme,
  type Instrument,
  type Issuer,
  isStructured,
  type LegalBasis,
  type ListDomain,
  legalRankScheme,
  type Office,
  officeTypeScheme,
  type Provision,
  participationRoleScheme,
  type Resources,
  type StructuredLegalBasis,
  type TextLegalBasis,
} from '@qingdan/core';
import { cv, dct, eli, qd, skos } from '@qingdan/vocab';
import { fundingIri, parentDivisionIri, provisionParentIri, staffIri } from '../../iri/scheme.js';
import { concept, derived, iri, list, nest, node, number, optional, text } from './fields.js';
import type { DutyParticipation } from './participations.js';
import type { FieldsOf, NodeMapping } from './types.js';

// The nodes of an edition other than the edition and its duties, each with its fields in the
// order they are written. See list.ts for how they hang together.

/**
 * A division and, through `parent`, the divisions above it.
 *
 * @example
 * ```ts
 * divisionMapping.fields.level; // concept(qd.level, divisionLevelScheme)
 * ```
 */
export const divisionMapping: NodeMapping = {
  class: qd.Division,
  fields: {
    code: text(qd.code),
    name: text(skos.prefLabel, 'zh'),
    nameEn: optional(text(skos.prefLabel, 'en')),
    level: concept(qd.level, divisionLevelScheme),
    parent: optional(node(qd.parent, () => divisionMapping, parentDivisionIri)),
  } satisfies FieldsOf<Division>,
};

/**
 * Who issued the edition.
 *
 * @example
 * ```ts
 * issuerMapping.class; // qd.Issuer
 * ```
 */
export const issuerMapping: NodeMapping = {
  class: qd.Issuer,
  fields: {
    name: text(skos.prefLabel, 'zh'),
    nameEn: optional(text(skos.prefLabel, 'en')),
    creditCode: optional(text(qd.creditCode)),
  } satisfies FieldsOf<Issuer>,
};

/**
 * A domain of the list's own scheme, a SKOS concept.
 *
 * @example
 * ```ts
 * domainMapping.class; // skos.Concept
 * ```
 */
export const domainMapping: NodeMapping = {
  class: skos.Concept,
  fields: {
    code: text(qd.code),
    notation: optional(text(skos.notation)),
    label: nest('@language', {
      zh: text(skos.prefLabel, 'zh'),
      en: optional(text(skos.prefLabel, 'en')),
    } satisfies FieldsOf<ListDomain['label']>),
  } satisfies FieldsOf<ListDomain>,
};

/**
 * One of the township's offices (承办机构).
 *
 * @example
 * ```ts
 * officeMapping.fields.key; // text(dct.identifier)
 * ```
 */
export const officeMapping: NodeMapping = {
  class: qd.Office,
  fields: {
    key: text(dct.identifier),
    name: text(skos.prefLabel, 'zh'),
    nameEn: optional(text(skos.prefLabel, 'en')),
    type: optional(concept(qd.officeType, officeTypeScheme)),
    aliases: optional(list(text(qd.aliases))),
  } satisfies FieldsOf<Office>,
};

/**
 * One of the county departments the list names.
 *
 * @example
 * ```ts
 * departmentMapping.class; // qd.Department
 * ```
 */
export const departmentMapping: NodeMapping = {
  class: qd.Department,
  fields: {
    key: text(dct.identifier),
    name: text(skos.prefLabel, 'zh'),
    nameEn: optional(text(skos.prefLabel, 'en')),
    aliases: optional(list(text(qd.aliases))),
    creditCode: optional(text(qd.creditCode)),
  } satisfies FieldsOf<Department>,
};

/**
 * An instrument cited, as an ELI legal resource: shared by every list citing it, described once
 * per edition, with nothing but its class (what a basis says of it stays on the basis).
 *
 * @example
 * ```ts
 * legalResourceMapping.shared; // true
 * ```
 */
export const legalResourceMapping: NodeMapping = {
  class: eli.LegalResource,
  shared: true,
  fields: {},
};

/** The instrument a structured basis cites, on the IRI made from its title. */
const instrumentOf = (basis: StructuredLegalBasis, iris: { instrument(t: string): string }) =>
  iris.instrument(basis.instrument.title);

/**
 * A provision of an instrument, as an ELI subdivision: shared like its instrument.
 *
 * @example
 * ```ts
 * provisionMapping.class; // eli.LegalResourceSubdivision
 * ```
 */
export const provisionMapping: NodeMapping = {
  class: eli.LegalResourceSubdivision,
  shared: true,
  fields: {
    isPartOf: derived(
      iri(eli.is_part_of),
      (p: Provision, _iri, iris, _index, basis: StructuredLegalBasis) =>
        provisionParentIri(instrumentOf(basis, iris), p),
    ),
    article: number(qd.article),
    paragraph: optional(number(qd.paragraph)),
    item: optional(number(qd.item)),
  } satisfies FieldsOf<Provision>,
};

/**
 * A duty's legal basis: text not yet structured, or an instrument and its provisions. The
 * instrument's fields go on the basis (JSON-LD `@nest`), as the list writes its title; the
 * instrument node is derived from the title.
 *
 * @example
 * ```ts
 * Object.keys(legalBasisMapping.variants?.table ?? {}); // ['text', 'structured']
 * ```
 */
export const legalBasisMapping: NodeMapping = {
  class: qd.LegalBasis,
  fields: {},
  variants: {
    by: (basis: LegalBasis) => (isStructured(basis) ? 'structured' : 'text'),
    table: {
      text: { fields: { text: text(qd.text) } satisfies FieldsOf<TextLegalBasis> },
      structured: {
        fields: {
          citation: optional(text(qd.citation)),
          instrument: nest('@nest', {
            title: text(dct.title, 'zh'),
            shortTitle: optional(text(qd.shortTitle)),
            rank: optional(concept(qd.rank, legalRankScheme)),
            issuer: optional(text(qd.issuer)),
            documentNumber: optional(text(qd.documentNumber)),
            edition: optional(text(qd.edition)),
          } satisfies FieldsOf<Instrument>),
          legalResource: derived(
            node(
              qd.legalResource,
              () => legalResourceMapping,
              (_basis, instrument: Instrument, _index, iris) => iris.instrument(instrument.title),
              { edgeFirst: true, plainRef: true },
            ),
            (basis: StructuredLegalBasis) => basis.instrument,
          ),
          provisions: list(
            node(
              qd.provisions,
              () => provisionMapping,
              (_basis, p: Provision, _index, iris, basis: StructuredLegalBasis) =>
                iris.provision(instrumentOf(basis, iris), p),
            ),
          ),
          quote: optional(text(qd.quote)),
        } satisfies FieldsOf<StructuredLegalBasis>,
      },
    },
  },
};

type Staffing = NonNullable<Resources['staff']>;
type Funding = NonNullable<Resources['funding']>;

/**
 * The staff of a duty's resources.
 *
 * @example
 * ```ts
 * staffingMapping.fields.kind; // optional(text(qd.staffKind))
 * ```
 */
export const staffingMapping: NodeMapping = {
  class: qd.Staffing,
  fields: {
    headcount: number(qd.headcount),
    kind: optional(text(qd.staffKind)),
  } satisfies FieldsOf<Staffing>,
};

/**
 * The funding of a duty's resources.
 *
 * @example
 * ```ts
 * fundingMapping.class; // qd.Funding
 * ```
 */
export const fundingMapping: NodeMapping = {
  class: qd.Funding,
  fields: {
    amountPerYear: number(qd.amountPerYear),
    source: optional(text(qd.source)),
  } satisfies FieldsOf<Funding>,
};

/**
 * What a duty carries: staff, funding, equipment, platforms, training (人财物).
 *
 * @example
 * ```ts
 * resourcesMapping.class; // qd.Resources
 * ```
 */
export const resourcesMapping: NodeMapping = {
  class: qd.Resources,
  fields: {
    staff: optional(node(qd.staff, () => staffingMapping, staffIri, { edgeFirst: true })),
    funding: optional(node(qd.funding, () => fundingMapping, fundingIri, { edgeFirst: true })),
    equipment: optional(list(text(qd.equipment))),
    platforms: optional(list(text(qd.platforms))),
    training: optional(list(text(qd.training))),
    note: optional(text(qd.note)),
  } satisfies FieldsOf<Resources>,
};

/**
 * A cell of a column the model has no field for.
 *
 * @example
 * ```ts
 * extraColumnMapping.class; // qd.ExtraColumn
 * ```
 */
export const extraColumnMapping: NodeMapping = {
  class: qd.ExtraColumn,
  fields: {
    header: text(qd.header),
    value: text(qd.value),
  } satisfies FieldsOf<NonNullable<Duty['extraColumns']>[number]>,
};

/**
 * One body taking part in a duty in one role (CPSV-AP), derived from the duty's fields.
 *
 * @example
 * ```ts
 * participationMapping.class; // cv.Participation
 * ```
 */
export const participationMapping: NodeMapping = {
  class: cv.Participation,
  fields: {
    role: concept(cv.role, participationRoleScheme),
    participant: derived(iri(cv.hasParticipant), (p: DutyParticipation, _iri, iris) =>
      p.kind === 'office' ? iris.office(p.key) : iris.department(p.key),
    ),
  },
};
