import {
  type Department,
  type Division,
  type Duty,
  type DutyList,
  delegationModeScheme,
  divisionLevelScheme,
  huangmeiDomainScheme,
  isStructured,
  type LegalBasis,
  legalRankScheme,
  listKindScheme,
  listStatusScheme,
  type Office,
  officeTypeScheme,
  participationRoleScheme,
  powerCategoryScheme,
  type Resources,
  reclaimReasonScheme,
} from '@qingdan/core';
import { conceptIri, cv, dct, eli, qd, rdf, skos, xsd } from '@qingdan/vocab';
import { type BlankNode, DataFactory, type NamedNode, type Quad, type Term } from 'n3';
import { match } from 'ts-pattern';
import {
  type EditionIris,
  editionIris,
  instrumentIri,
  provisionIri,
  provisionParentIri,
} from '../iri/index.js';
import { iriSegment } from '../iri/segment.js';
import { numberLiteral } from './literals.js';
import { competentAuthorities, dutyParticipations, participationIri } from './participations.js';
import { sectionClass } from './sections.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

type ExtraColumn = NonNullable<Duty['extraColumns']>[number];

/**
 * Options of {@link dutyListToQuads}.
 *
 * @example
 * ```ts
 * const options: ToQuadsOptions = { base: 'https://data.example.org/qingdan/' };
 * ```
 */
export interface ToQuadsOptions {
  /** The base every IRI of the edition is made from; see {@link editionIris}. */
  readonly base: string;
}

/** A short, stable tag of the edition, so that list cells of two editions never share a label. */
function editionTag(edition: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < edition.length; i++) {
    hash ^= edition.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** Collects the quads of one edition, in the order they are made. */
class Emitter {
  readonly quads: Quad[] = [];
  private readonly described = new Set<string>();
  private cells = 0;

  constructor(
    readonly iris: EditionIris,
    private readonly tag: string,
  ) {}

  add(subject: NamedNode | BlankNode, predicate: string, object: Term | undefined): void {
    if (object) this.quads.push(quad(subject, namedNode(predicate), object as NamedNode));
  }

  text(subject: NamedNode, predicate: string, value: string | undefined, language?: string): void {
    if (value !== undefined) this.add(subject, predicate, literal(value, language));
  }

  /** Says something about a node shared by lists (an instrument, a provision) only once. */
  once(iri: string): boolean {
    if (this.described.has(iri)) return false;
    this.described.add(iri);
    return true;
  }

  /** An RDF list, as JSON-LD's `@list` makes it: a chain of blank cells ending in rdf:nil. */
  list(subject: NamedNode, predicate: string, items: readonly Term[] | undefined): void {
    if (items === undefined) return;
    if (items.length === 0) {
      this.add(subject, predicate, namedNode(rdf.nil));
      return;
    }
    let cell = blankNode(`b${this.tag}l${this.cells++}`);
    this.add(subject, predicate, cell);
    items.forEach((item, i) => {
      this.add(cell, rdf.first, item);
      const next =
        i === items.length - 1 ? namedNode(rdf.nil) : blankNode(`b${this.tag}l${this.cells++}`);
      this.add(cell, rdf.rest, next);
      if (next.termType === 'BlankNode') cell = next;
    });
  }
}

/** An array the model always has (empty by default) becomes a list only when it holds something. */
const nonEmpty = <T>(items: readonly T[]): readonly T[] | undefined =>
  items.length === 0 ? undefined : items;

const concept = (schemeId: string, code: string | undefined) =>
  code === undefined ? undefined : namedNode(conceptIri(schemeId, code));
const texts = (values: readonly string[] | undefined) => values?.map((v) => literal(v));

function emitDivision(e: Emitter, division: Division, depth: number): NamedNode {
  const node = namedNode(e.iris.division(depth));
  e.add(node, rdf.type, namedNode(qd.Division));
  e.text(node, qd.code, division.code);
  e.text(node, skos.prefLabel, division.name, 'zh');
  e.text(node, skos.prefLabel, division.nameEn, 'en');
  e.add(node, qd.level, concept(divisionLevelScheme.id, division.level));
  if (division.parent) e.add(node, qd.parent, emitDivision(e, division.parent, depth + 1));
  return node;
}

function emitOffice(e: Emitter, office: Office): NamedNode {
  const node = namedNode(e.iris.office(office.key));
  e.add(node, rdf.type, namedNode(qd.Office));
  e.text(node, dct.identifier, office.key);
  e.text(node, skos.prefLabel, office.name, 'zh');
  e.text(node, skos.prefLabel, office.nameEn, 'en');
  e.add(node, qd.officeType, concept(officeTypeScheme.id, office.type));
  e.list(node, qd.aliases, texts(office.aliases));
  return node;
}

function emitDepartment(e: Emitter, department: Department): NamedNode {
  const node = namedNode(e.iris.department(department.key));
  e.add(node, rdf.type, namedNode(qd.Department));
  e.text(node, dct.identifier, department.key);
  e.text(node, skos.prefLabel, department.name, 'zh');
  e.text(node, skos.prefLabel, department.nameEn, 'en');
  e.list(node, qd.aliases, texts(department.aliases));
  e.text(node, qd.creditCode, department.creditCode);
  return node;
}

function emitLegalBasis(e: Emitter, duty: string, basis: LegalBasis, index: number): NamedNode {
  const node = namedNode(`${duty}/basis/${index}`);
  e.add(node, rdf.type, namedNode(qd.LegalBasis));
  if (!isStructured(basis)) {
    e.text(node, qd.text, basis.text);
    return node;
  }
  const { instrument } = basis;
  e.text(node, qd.citation, basis.citation);
  e.text(node, dct.title, instrument.title, 'zh');
  e.text(node, qd.shortTitle, instrument.shortTitle);
  e.add(node, qd.rank, concept(legalRankScheme.id, instrument.rank));
  e.text(node, qd.issuer, instrument.issuer);
  e.text(node, qd.documentNumber, instrument.documentNumber);
  e.text(node, qd.edition, instrument.edition);
  const work = instrumentIri(e.iris.base, instrument);
  e.add(node, qd.legalResource, namedNode(work));
  if (e.once(work)) e.add(namedNode(work), rdf.type, namedNode(eli.LegalResource));
  const provisions = basis.provisions.map((p) => {
    const iri = provisionIri(work, p);
    const part = namedNode(iri);
    if (e.once(iri)) {
      e.add(part, rdf.type, namedNode(eli.LegalResourceSubdivision));
      e.add(part, eli.is_part_of, namedNode(provisionParentIri(work, p)));
      e.add(part, qd.article, numberLiteral(p.article));
      if (p.paragraph !== undefined) e.add(part, qd.paragraph, numberLiteral(p.paragraph));
      if (p.item !== undefined) e.add(part, qd.item, numberLiteral(p.item));
    }
    return part;
  });
  e.list(node, qd.provisions, nonEmpty(provisions));
  e.text(node, qd.quote, basis.quote);
  return node;
}

function emitResources(e: Emitter, duty: string, resources: Resources): NamedNode {
  const node = namedNode(`${duty}/resources`);
  e.add(node, rdf.type, namedNode(qd.Resources));
  if (resources.staff) {
    const staff = namedNode(`${duty}/resources/staff`);
    e.add(node, qd.staff, staff);
    e.add(staff, rdf.type, namedNode(qd.Staffing));
    e.add(staff, qd.headcount, numberLiteral(resources.staff.headcount));
    e.text(staff, qd.staffKind, resources.staff.kind);
  }
  if (resources.funding) {
    const funding = namedNode(`${duty}/resources/funding`);
    e.add(node, qd.funding, funding);
    e.add(funding, rdf.type, namedNode(qd.Funding));
    e.add(funding, qd.amountPerYear, numberLiteral(resources.funding.amountPerYear));
    e.text(funding, qd.source, resources.funding.source);
  }
  e.list(node, qd.equipment, texts(resources.equipment));
  e.list(node, qd.platforms, texts(resources.platforms));
  e.list(node, qd.training, texts(resources.training));
  e.text(node, qd.note, resources.note);
  return node;
}

function emitExtraColumn(e: Emitter, duty: string, column: ExtraColumn, index: number): NamedNode {
  const node = namedNode(`${duty}/column/${index}`);
  e.add(node, rdf.type, namedNode(qd.ExtraColumn));
  e.text(node, qd.header, column.header);
  e.text(node, qd.value, column.value);
  return node;
}

function emitDuty(e: Emitter, list: DutyList, duty: Duty, position: number): NamedNode {
  const iri = e.iris.duty(duty.key);
  const node = namedNode(iri);
  const refs = (keys: readonly string[], to: (key: string) => string) =>
    nonEmpty(keys.map((k) => namedNode(to(k))));
  const departments = (keys: readonly string[]) => refs(keys, e.iris.department);
  e.add(node, rdf.type, namedNode(sectionClass[duty.section]));
  e.add(node, qd.position, numberLiteral(position));
  e.text(node, dct.identifier, duty.key);
  e.text(node, qd.code, duty.code);
  e.text(node, qd.number, duty.number);
  e.text(node, skos.prefLabel, duty.name, 'zh');
  e.text(node, skos.prefLabel, duty.nameEn, 'en');
  e.text(node, dct.description, duty.description);
  if (duty.domain !== undefined)
    e.add(node, qd.domain, namedNode(domainIri(e.iris, list, duty.domain)));
  e.add(node, qd.powerCategory, concept(powerCategoryScheme.id, duty.powerCategory));
  e.list(
    node,
    qd.legalBases,
    nonEmpty(duty.legalBases.map((b, i) => emitLegalBasis(e, iri, b, i))),
  );
  e.list(node, qd.offices, refs(duty.offices, e.iris.office));
  if (duty.resources) e.add(node, qd.resources, emitResources(e, iri, duty.resources));
  e.list(node, qd.localTo, texts(duty.localTo));
  e.list(
    node,
    qd.extraColumns,
    duty.extraColumns?.map((c, i) => emitExtraColumn(e, iri, c, i)),
  );
  match(duty)
    .with({ section: 'basic' }, { section: 'selfGovernance' }, () => {})
    .with({ section: 'cooperating' }, (d) => {
      e.list(node, qd.leadDepartments, departments(d.leadDepartments));
      e.text(node, qd.departmentDuty, d.departmentDuty);
      e.text(node, qd.townshipDuty, d.townshipDuty);
    })
    .with({ section: 'reclaimed' }, (d) => {
      e.list(node, qd.receivingDepartments, departments(d.receivingDepartments));
      const reasons = d.reclaimReasons.map((r) => namedNode(conceptIri(reclaimReasonScheme.id, r)));
      e.list(node, qd.reclaimReasons, nonEmpty(reasons));
      e.text(node, qd.reclaimNote, d.reclaimNote);
      e.add(
        node,
        qd.formerDelegationMode,
        concept(delegationModeScheme.id, d.formerDelegationMode),
      );
    })
    .with({ section: 'delegated' }, (d) => {
      e.add(node, qd.delegationMode, concept(delegationModeScheme.id, d.delegationMode));
      e.list(node, qd.delegatingDepartments, departments(d.delegatingDepartments));
    })
    .with({ section: 'assisting' }, (d) => {
      e.list(node, qd.requestingDepartments, departments(d.requestingDepartments));
      e.text(node, qd.admissionDecision, d.admissionDecision);
    })
    .with({ section: 'prohibited' }, (d) => e.text(node, qd.prohibitionReason, d.prohibitionReason))
    .with({ section: 'certificateToAbolish' }, (d) => e.text(node, qd.replacedBy, d.replacedBy))
    .exhaustive();
  emitParticipations(e, iri, node, duty);
  return node;
}

/**
 * CPSV-AP's view of who takes part in a duty, derived from its offices and departments: one
 * `cv:Participation` per (role, body), and `cv:hasCompetentAuthority` where the list is clear.
 * {@link dutyListFromQuads} reads the direct properties and passes these by.
 */
function emitParticipations(e: Emitter, iri: string, node: NamedNode, duty: Duty): void {
  for (const p of dutyParticipations(duty)) {
    const part = namedNode(participationIri(iri, p.role, p.key));
    e.add(node, cv.hasParticipation, part);
    e.add(part, rdf.type, namedNode(cv.Participation));
    e.add(part, cv.role, namedNode(conceptIri(participationRoleScheme.id, p.role)));
    const body = p.kind === 'office' ? e.iris.office(p.key) : e.iris.department(p.key);
    e.add(part, cv.hasParticipant, namedNode(body));
  }
  for (const key of competentAuthorities(duty))
    e.add(node, cv.hasCompetentAuthority, namedNode(e.iris.department(key)));
}

/**
 * The IRI of a duty's domain: a concept of the list's own scheme when it brings one, of the
 * default (Huangmei) scheme otherwise.
 *
 * @example
 * ```ts
 * domainIri(editionIris(base, '421127104', 'wuzu-2024'), list, 'livelihood-services');
 * // 'https://w3id.org/qingdan/scheme/domain/livelihood-services'
 * ```
 */
export function domainIri(
  iris: EditionIris,
  list: Pick<DutyList, 'domains'>,
  code: string,
): string {
  return list.domains ? iris.domain(code) : conceptIri(huangmeiDomainScheme.id, iriSegment(code));
}

/**
 * The quads of one list edition under the qingdan vocabulary, losslessly: every field of every
 * section, legal bases with their provisions, citation and quote, resources, extra columns and
 * zh/en labels, and for each duty the CPSV-AP participations and competent authority derived
 * from its offices and departments. Deterministic: the same list gives the same quads in the
 * same order, and list cells are the only blank nodes, labelled from the edition and their
 * order. Read back with {@link dutyListFromQuads}.
 *
 * @example
 * ```ts
 * const quads = dutyListToQuads(list, { base: 'https://data.example.org/qingdan/' });
 * new Writer().addQuads(quads);
 * ```
 */
export function dutyListToQuads(list: DutyList, options: ToQuadsOptions): Quad[] {
  const iris = editionIris(options.base, list.division.code, list.id);
  const e = new Emitter(iris, editionTag(iris.edition));
  const node = namedNode(iris.edition);
  e.add(node, rdf.type, namedNode(qd.DutyList));
  e.text(node, dct.identifier, list.id);
  if (list.$schema !== undefined)
    e.add(node, qd.listSchema, literal(list.$schema, namedNode(xsd.anyURI)));
  e.add(node, qd.listKind, concept(listKindScheme.id, list.kind));
  e.text(node, dct.title, list.title, 'zh');
  e.text(node, dct.title, list.titleEn, 'en');
  e.add(node, qd.division, emitDivision(e, list.division, 0));
  if (list.template !== undefined)
    e.add(node, qd.template, literal(String(list.template), namedNode(xsd.boolean)));
  const issuer = namedNode(iris.issuer);
  e.add(node, qd.issuer, issuer);
  e.add(issuer, rdf.type, namedNode(qd.Issuer));
  e.text(issuer, skos.prefLabel, list.issuer.name, 'zh');
  e.text(issuer, skos.prefLabel, list.issuer.nameEn, 'en');
  e.text(issuer, qd.creditCode, list.issuer.creditCode);
  if (list.issued !== undefined) e.add(node, dct.issued, literal(list.issued, namedNode(xsd.date)));
  e.text(node, qd.documentNumber, list.documentNumber);
  e.text(node, qd.edition, list.edition);
  e.add(node, qd.status, concept(listStatusScheme.id, list.status));
  e.text(node, qd.supersedes, list.supersedes);
  e.text(node, qd.townshipType, list.townshipType);
  if (list.sourceUrl !== undefined)
    e.add(node, qd.sourceUrl, literal(list.sourceUrl, namedNode(xsd.anyURI)));
  e.list(
    node,
    qd.domains,
    list.domains?.map((d) => {
      const domain = namedNode(iris.domain(d.code));
      e.add(domain, rdf.type, namedNode(skos.Concept));
      e.text(domain, qd.code, d.code);
      e.text(domain, skos.notation, d.notation);
      e.text(domain, skos.prefLabel, d.label.zh, 'zh');
      e.text(domain, skos.prefLabel, d.label.en, 'en');
      return domain;
    }),
  );
  e.list(node, qd.offices, nonEmpty(list.offices.map((o) => emitOffice(e, o))));
  e.list(node, qd.departments, nonEmpty(list.departments.map((d) => emitDepartment(e, d))));
  for (const [i, duty] of list.duties.entries()) e.add(node, qd.duties, emitDuty(e, list, duty, i));
  return e.quads;
}
