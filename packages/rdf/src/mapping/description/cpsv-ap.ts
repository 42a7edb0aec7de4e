import {
  type ConceptScheme,
  type Division,
  type Duty,
  type DutyList,
  huangmeiDomainScheme,
  isStructured,
  listStatusScheme,
  participationRoleScheme,
  powerCategoryScheme,
  townshipSectionScheme,
  villageItemKindScheme,
} from '@qingdan/core';
import {
  adms,
  conceptIri,
  cpsv,
  cv,
  dcat,
  dct,
  eli,
  foaf,
  rdf,
  schemeIri,
  skos,
} from '@qingdan/vocab';
import {
  basisIri,
  divisionIri,
  domainSchemeIri,
  issuerIri,
  parentDivisionIri,
  participationIri,
  townshipIri,
} from '../../iri/scheme.js';
import { derived, iri, node, optional, set, text } from './fields.js';
import { competentAuthorities, dutyParticipations } from './participations.js';
import type { IriMaker, NodeMapping } from './types.js';

// The CPSV-AP 3.2 profile of an edition, described like `listMapping` and written by the same
// interpreter (`describedQuads`). Its values are not the model's: each node is made from the
// list by a `derived` field, in the shape CPSV-AP's own shapes check (every code value a typed
// `skos:Concept`, every body a `cv:PublicOrganisation` that is also a `foaf:Agent` with an
// identifier and a title, every place a `dct:Location`, every name a language-tagged string).

/**
 * A place of the profile: a division, typed `dct:Location`, on the division's IRI.
 *
 * @example
 * ```ts
 * const place: CpsvPlace = { iri: `${edition}/division`, code: '421127104', name: '五祖镇' };
 * ```
 */
export interface CpsvPlace {
  readonly iri: string;
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
}

/**
 * A body of the profile: the township, one of its offices or a county department, as a
 * `cv:PublicOrganisation` and `foaf:Agent`.
 *
 * @example
 * ```ts
 * const body: CpsvBody = { iri: iris.office('shsw'), identifier: 'shsw', name: '社会事务办', place };
 * ```
 */
export interface CpsvBody {
  readonly iri: string;
  readonly identifier: string;
  readonly name: string;
  readonly nameEn?: string | undefined;
  readonly place: CpsvPlace;
}

/**
 * A code value of the profile, a typed `skos:Concept` with its labels and scheme.
 *
 * @example
 * ```ts
 * const c: CpsvConcept = { iri: conceptIri('list-status', 'published'), scheme: schemeIri('list-status'), code: 'published', zh: '已发布' };
 * ```
 */
export interface CpsvConcept {
  readonly iri: string;
  readonly scheme: string;
  readonly code: string;
  readonly zh: string;
  readonly en?: string | undefined;
}

/** One body taking part in a duty in one role. */
interface CpsvParticipation {
  readonly iri: string;
  readonly identifier: string;
  readonly description: string;
  readonly descriptionEn: string;
  readonly role: CpsvConcept;
  readonly body: CpsvBody;
}

/** A law a duty rests on: an instrument a structured basis cites, or the text of a basis. */
interface CpsvLegalResource {
  readonly iri: string;
  readonly title: string;
}

/**
 * A concept of one of our schemes, by code, as the profile writes it; `undefined` for a code the
 * scheme lacks.
 *
 * @example
 * ```ts
 * cpsvConcept(listStatusScheme, 'published')?.iri; // 'https://w3id.org/qingdan/scheme/list-status/published'
 * ```
 */
export function cpsvConcept(scheme: ConceptScheme, code: string): CpsvConcept | undefined {
  const c = scheme.concepts.find((x) => x.code === code);
  if (c === undefined) return undefined;
  return {
    iri: conceptIri(scheme.id, code),
    scheme: schemeIri(scheme.id),
    code,
    zh: c.label.zh,
    en: c.label.en,
  };
}

const sectionConcept = (section: Duty['section']) =>
  cpsvConcept(townshipSectionScheme, section) ?? cpsvConcept(villageItemKindScheme, section);

/** The division of the edition, and the one above it (the county) where the list gives it. */
function places(list: DutyList, edition: string): { own: CpsvPlace; county: CpsvPlace } {
  const at = (d: Division, iri: string): CpsvPlace => ({
    iri,
    code: d.code,
    name: d.name,
    nameEn: d.nameEn,
  });
  const division = divisionIri(edition);
  const own = at(list.division, division);
  const parent = list.division.parent;
  return { own, county: parent ? at(parent, parentDivisionIri(division)) : own };
}

/**
 * The township of an edition as a body: identified by its division code.
 *
 * @example
 * ```ts
 * townshipBody(list, iris).iri; // `${edition}/township`
 * ```
 */
export function townshipBody(list: DutyList, iris: IriMaker): CpsvBody {
  const { own } = places(list, iris.edition);
  return {
    iri: townshipIri(iris.edition),
    identifier: list.division.code,
    name: list.division.name,
    nameEn: list.division.nameEn,
    place: own,
  };
}

/** An office or department of the list as a body; a key the list does not define is kept bare. */
function bodyOf(list: DutyList, iris: IriMaker, kind: 'office' | 'department', key: string) {
  const { own, county } = places(list, iris.edition);
  const found =
    kind === 'office'
      ? list.offices.find((o) => o.key === key)
      : list.departments.find((d) => d.key === key);
  return {
    iri: iris[kind](key),
    identifier: key,
    name: found?.name ?? key,
    nameEn: found?.nameEn,
    place: kind === 'office' ? own : county,
  } satisfies CpsvBody;
}

/**
 * The competent authorities of a duty: the departments the list makes it clear of (lead,
 * receiving), else the township, which is answerable for every other duty of its list.
 *
 * @example
 * ```ts
 * cpsvCompetentAuthorities(basicDuty, list, iris).map((b) => b.identifier); // [list.division.code]
 * ```
 */
export function cpsvCompetentAuthorities(
  duty: Duty,
  list: DutyList,
  iris: IriMaker,
): readonly CpsvBody[] {
  const keys = competentAuthorities(duty);
  if (keys.length === 0) return [townshipBody(list, iris)];
  return keys.map((k) => bodyOf(list, iris, 'department', k));
}

function participations(duty: Duty, dutyIri: string, list: DutyList, iris: IriMaker) {
  return dutyParticipations(duty).flatMap((p): CpsvParticipation[] => {
    const role = cpsvConcept(participationRoleScheme, p.role);
    if (role === undefined) return [];
    const body = bodyOf(list, iris, p.kind, p.key);
    return [
      {
        iri: participationIri(dutyIri, p.role, p.key),
        identifier: `${duty.key}/${p.role}/${p.key}`,
        description: `${body.name}（${role.zh}）：${duty.name}`,
        descriptionEn: `${body.nameEn ?? body.name} (${role.en}): ${duty.nameEn ?? duty.name}`,
        role,
        body,
      },
    ];
  });
}

function legalResources(duty: Duty, dutyIri: string, iris: IriMaker): CpsvLegalResource[] {
  const out: CpsvLegalResource[] = [];
  duty.legalBases.forEach((basis, i) => {
    const r = isStructured(basis)
      ? { iri: iris.instrument(basis.instrument.title), title: basis.instrument.title }
      : { iri: basisIri(dutyIri, i), title: basis.text };
    if (!out.some((o) => o.iri === r.iri)) out.push(r);
  });
  return out;
}

function domainConcept(list: DutyList, iris: IriMaker, code: string): CpsvConcept {
  const own = list.domains?.find((d) => d.code === code);
  const fallback = cpsvConcept(huangmeiDomainScheme, code);
  return {
    iri: iris.domain(code),
    scheme: domainSchemeIri(iris.edition, list.domains !== undefined),
    code,
    zh: own?.label.zh ?? fallback?.zh ?? code,
    en: own?.label.en ?? fallback?.en,
  };
}

const byIri = (_subject: string, v: { readonly iri: string }) => v.iri;

/**
 * A location: a division, with its code and names.
 *
 * @example
 * ```ts
 * cpsvLocationMapping.class; // dct.Location
 * ```
 */
export const cpsvLocationMapping: NodeMapping = {
  class: dct.Location,
  shared: true,
  fields: {
    code: text(dct.identifier),
    name: text(skos.prefLabel, 'zh'),
    nameEn: optional(text(skos.prefLabel, 'en')),
  },
};

/**
 * A body: a public organisation and an agent, named in `skos:prefLabel` and `dct:title`, with
 * its place.
 *
 * @example
 * ```ts
 * cpsvOrganisationMapping.class; // cv.PublicOrganisation
 * ```
 */
export const cpsvOrganisationMapping: NodeMapping = {
  class: cv.PublicOrganisation,
  shared: true,
  fields: {
    agent: derived(iri(rdf.type), () => foaf.Agent),
    identifier: text(dct.identifier),
    name: text(skos.prefLabel, 'zh'),
    nameEn: optional(text(skos.prefLabel, 'en')),
    title: derived(text(dct.title, 'zh'), (b: CpsvBody) => b.name),
    titleEn: derived(text(dct.title, 'en'), (b: CpsvBody) => b.nameEn),
    place: node(dct.spatial, () => cpsvLocationMapping, byIri),
  },
};

/**
 * A code value: a SKOS concept with its labels, notation and scheme.
 *
 * @example
 * ```ts
 * cpsvConceptMapping.class; // skos.Concept
 * ```
 */
export const cpsvConceptMapping: NodeMapping = {
  class: skos.Concept,
  shared: true,
  fields: {
    zh: text(skos.prefLabel, 'zh'),
    en: optional(text(skos.prefLabel, 'en')),
    code: text(skos.notation),
    scheme: iri(skos.inScheme),
  },
};

/**
 * A law a duty rests on, as an ELI legal resource with its title.
 *
 * @example
 * ```ts
 * cpsvLegalResourceMapping.class; // eli.LegalResource
 * ```
 */
export const cpsvLegalResourceMapping: NodeMapping = {
  class: eli.LegalResource,
  shared: true,
  fields: { title: text(dct.title, 'zh') },
};

/**
 * A body taking part in a duty in one role.
 *
 * @example
 * ```ts
 * cpsvParticipationMapping.class; // cv.Participation
 * ```
 */
export const cpsvParticipationMapping: NodeMapping = {
  class: cv.Participation,
  fields: {
    identifier: text(dct.identifier),
    description: text(dct.description, 'zh'),
    descriptionEn: text(dct.description, 'en'),
    role: node(cv.role, () => cpsvConceptMapping, byIri),
    body: node(cv.hasParticipant, () => cpsvOrganisationMapping, byIri),
  },
};

/**
 * How a duty's generic service is found: the concept of the generic service the duty is an
 * instance of, when the lists published together align it with duties of other lists;
 * `undefined` otherwise. Written as `cv:isClassifiedBy` (see docs/cpsv-ap.md for why).
 *
 * @example
 * ```ts
 * const none: GenericServiceOf = () => undefined;
 * ```
 */
export type GenericServiceOf = (list: DutyList, duty: Duty) => CpsvConcept | undefined;

/** A duty with what its node needs of the list around it. */
interface InList {
  readonly duty: Duty;
  readonly list: DutyList;
  readonly generic: GenericServiceOf;
}

// Gives the derive functions of a service's fields their value's type: the duty with its list.
const inList = <T>(f: (x: InList, iri: string, iris: IriMaker) => T) => f;

/**
 * A duty as a public service: its key, names and description in zh (and en), its competent
 * authorities, participations, legal resources, its section (`dct:type`), domain
 * (`cv:thematicArea`) and power category (`cv:isClassifiedBy`) as concepts, the list's status,
 * its place and the dataset it is part of. A duty without a description is described by its
 * name, as CPSV-AP requires a description.
 *
 * @example
 * ```ts
 * cpsvServiceMapping.class; // cpsv.PublicService
 * ```
 */
export const cpsvServiceMapping: NodeMapping = {
  class: cpsv.PublicService,
  fields: {
    identifier: derived(
      text(dct.identifier),
      inList(({ duty }) => duty.key),
    ),
    title: derived(
      text(dct.title, 'zh'),
      inList(({ duty }) => duty.name),
    ),
    titleEn: derived(
      text(dct.title, 'en'),
      inList(({ duty }) => duty.nameEn),
    ),
    description: derived(
      text(dct.description, 'zh'),
      inList(({ duty }) => duty.description ?? duty.name),
    ),
    descriptionEn: derived(
      text(dct.description, 'en'),
      inList(({ duty }) => (duty.description === undefined ? duty.nameEn : undefined)),
    ),
    type: derived(
      node(dct.type, () => cpsvConceptMapping, byIri),
      inList(({ duty }) => sectionConcept(duty.section)),
    ),
    thematicArea: derived(
      node(cv.thematicArea, () => cpsvConceptMapping, byIri),
      inList(({ duty, list }, _iri, iris) =>
        duty.domain === undefined ? undefined : domainConcept(list, iris, duty.domain),
      ),
    ),
    powerCategory: derived(
      node(cv.isClassifiedBy, () => cpsvConceptMapping, byIri),
      inList(({ duty }) =>
        duty.powerCategory === undefined
          ? undefined
          : cpsvConcept(powerCategoryScheme, duty.powerCategory),
      ),
    ),
    status: derived(
      node(adms.status, () => cpsvConceptMapping, byIri),
      inList(({ list }) => cpsvConcept(listStatusScheme, list.status)),
    ),
    competentAuthority: derived(
      set(node(cv.hasCompetentAuthority, () => cpsvOrganisationMapping, byIri)),
      inList(({ duty, list }, _iri, iris) => cpsvCompetentAuthorities(duty, list, iris)),
    ),
    participations: derived(
      set(node(cv.hasParticipation, () => cpsvParticipationMapping, byIri)),
      inList(({ duty, list }, iri, iris) => participations(duty, iri, list, iris)),
    ),
    legalResources: derived(
      set(node(cv.hasLegalResource, () => cpsvLegalResourceMapping, byIri)),
      inList(({ duty }, iri, iris) => legalResources(duty, iri, iris)),
    ),
    spatial: derived(
      node(dct.spatial, () => cpsvLocationMapping, byIri),
      inList(({ list }, _iri, iris) => places(list, iris.edition).own),
    ),
    isPartOf: derived(
      iri(dct.isPartOf),
      inList((_x, _iri, iris) => iris.edition),
    ),
    generic: derived(
      node(cv.isClassifiedBy, () => cpsvConceptMapping, byIri),
      inList(({ duty, list, generic }) => generic(list, duty)),
    ),
  },
};

/** The edition with how its duties' generic services are found. */
interface Edition {
  readonly list: DutyList;
  readonly generic: GenericServiceOf;
}

/**
 * The edition as a `dcat:Dataset`: its id, title, a description, its publisher (the issuer, an
 * agent) and its duties as the public services it has as parts.
 *
 * @example
 * ```ts
 * cpsvDatasetMapping.class; // dcat.Dataset
 * ```
 */
export const cpsvDatasetMapping: NodeMapping = {
  class: dcat.Dataset,
  fields: {
    identifier: derived(text(dct.identifier), (e: Edition) => e.list.id),
    title: derived(text(dct.title, 'zh'), (e: Edition) => e.list.title),
    titleEn: derived(text(dct.title, 'en'), (e: Edition) => e.list.titleEn),
    description: derived(
      text(dct.description, 'zh'),
      (e: Edition) => `${e.list.title}：${e.list.duties.length} 项事项`,
    ),
    descriptionEn: derived(text(dct.description, 'en'), (e: Edition) =>
      e.list.titleEn === undefined
        ? undefined
        : `${e.list.titleEn}, ${e.list.duties.length} duties`,
    ),
    publisher: derived(
      node(dct.publisher, () => cpsvOrganisationMapping, byIri),
      (e: Edition, _iri, iris): CpsvBody => ({
        iri: issuerIri(iris.edition),
        identifier: e.list.issuer.creditCode ?? e.list.issuer.name,
        name: e.list.issuer.name,
        nameEn: e.list.issuer.nameEn,
        place: places(e.list, iris.edition).county,
      }),
    ),
    services: derived(
      set(
        node(
          dct.hasPart,
          () => cpsvServiceMapping,
          (_s, x: InList, _i, iris) => iris.duty(x.duty.key),
        ),
      ),
      (e: Edition) => e.list.duties.map((duty) => ({ duty, list: e.list, generic: e.generic })),
    ),
  },
};

/**
 * The root of the CPSV-AP profile of an edition: the catalog, holding the edition as its
 * dataset. The value it is written from is `{ list, generic }`.
 *
 * @example
 * ```ts
 * describedQuads(cpsvCatalogMapping, { list, generic: () => undefined }, { base, root: (iris) => catalogIri(iris.base) });
 * ```
 */
export const cpsvCatalogMapping: NodeMapping = {
  class: dcat.Catalog,
  fields: {
    dataset: derived(
      node(
        dcat.dataset,
        () => cpsvDatasetMapping,
        (_s, _e: Edition, _i, iris) => iris.edition,
      ),
      (e: Edition) => e,
    ),
  },
};
