import {
  type Department,
  type Division,
  type Duty,
  type DutyList,
  isStructured,
  type LegalBasis,
  type Office,
  type Provision,
  type Resources,
} from '@qingdan/core';
import { qingdanContextIri } from '@qingdan/vocab';
import {
  type EditionIris,
  editionIris,
  instrumentIri,
  provisionIri,
  provisionParentIri,
} from '../iri/index.js';
import { iriSegment } from '../iri/segment.js';
import { numberLiteral } from '../mapping/literals.js';
import {
  competentAuthorities,
  dutyParticipations,
  participationIri,
} from '../mapping/participations.js';
import { domainIri } from '../mapping/to-quads.js';

type Json = Record<string, unknown>;

/** Options of {@link dutyListToJsonLd}. */
export interface ToJsonLdOptions {
  /** The base every IRI of the edition is made from, as for `dutyListToQuads`. */
  readonly base: string;
}

/** Sets only the fields that have a value, so absent data stays absent. */
function put(node: Json, key: string, value: unknown): void {
  if (value !== undefined) node[key] = value;
}

/**
 * A number as JSON-LD reads it back into the literal the mapping makes: plain JSON for whole
 * numbers (xsd:integer), an explicit xsd:double otherwise, because JSON-LD would round the
 * lexical form to 16 digits where the mapping keeps the shortest exact one.
 */
function number(value: number | undefined): unknown {
  if (value === undefined) return undefined;
  // The same test numberLiteral makes, without building a literal for every whole number.
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value;
  return { '@value': numberLiteral(value).value, '@type': 'xsd:double' };
}

const nonEmpty = <T>(items: readonly T[]): readonly T[] | undefined =>
  items.length === 0 ? undefined : items;

/** Memoises a function of one string argument, for the life of one edition. */
function memo(f: (key: string) => string): (key: string) => string {
  const seen = new Map<string, string>();
  return (key) => {
    let value = seen.get(key);
    if (value === undefined) {
      value = f(key);
      seen.set(key, value);
    }
    return value;
  };
}

/** A dot segment anywhere in a path: `.` or `..` between slashes, or before `?` or `#`. */
const dotSegment = /(^|\/)\.\.?($|[/?#])/;
/** Keys iriSegment leaves as they are: unreserved characters, not `_` alone, not dots alone. */
const plainSegment = /^(?!_$)(?!\.+$)[A-Za-z0-9._~-]+$/;

class Emitter {
  readonly #described = new Set<string>();
  // Offices, departments and instruments recur on many duties; their IRIs are made once.
  readonly office: (key: string) => string;
  readonly department: (key: string) => string;
  readonly instrument: (title: string) => string;
  /** The edition's folder, the document's `@base`: IRIs under it are written relative to it. */
  readonly folder: string;

  /** The folder above {@link folder}, when `../` can reach it, else `undefined`. */
  readonly #parent: string | undefined;
  /** `{edition}/duty/`, relative to the folder. */
  readonly #duties: string;
  /** A domain's IRI, relative where it can be, once per code. */
  readonly domain: (code: string) => string;

  constructor(
    readonly iris: EditionIris,
    list: DutyList,
  ) {
    this.folder = iris.edition.slice(0, iris.edition.lastIndexOf('/') + 1);
    this.office = memo((key) => this.rel(iris.office(key)));
    this.department = memo((key) => this.rel(iris.department(key)));
    // Instruments and provisions live under the base, beside the division's folder: written
    // as `../eli/cn/…` rather than in full, which a JSON-LD processor resolves to the same IRI.
    this.instrument = memo((title) => this.rel(instrumentIri(iris.base, { title })));
    this.domain = memo((code) => this.rel(domainIri(iris, list, code)));
    this.#duties = `${this.rel(iris.edition)}/duty/`;
    const authority = this.folder.indexOf('/', this.folder.indexOf('://') + 3);
    const cut = this.folder.lastIndexOf('/', this.folder.length - 2) + 1;
    const last = this.folder.slice(cut, -1);
    this.#parent =
      authority !== -1 &&
      cut > authority &&
      last !== '.' &&
      last !== '..' &&
      !/[?#]/.test(this.folder)
        ? this.folder.slice(0, cut)
        : undefined;
  }

  /**
   * An IRI as the shortest reference that resolves back to it against the folder (`@base`):
   * under the folder, the rest of it; beside the folder, `../` and the rest; others in full.
   */
  rel(iri: string): string {
    if (iri.startsWith(this.folder)) return iri.slice(this.folder.length);
    const parent = this.#parent;
    if (parent === undefined || !iri.startsWith(parent)) return iri;
    const rest = iri.slice(parent.length);
    // Resolution would remove dot segments, and a rest from `/` on would start at the root.
    return dotSegment.test(rest) || rest.startsWith('/') ? iri : `../${rest}`;
  }

  readonly #articles = new Map<string, Map<number, string>>();

  /**
   * A provision's IRI under `work`; a whole article's made once, so the same string comes back
   * each time and {@link once} finds it without hashing a new one.
   */
  provision(work: string, p: Provision): string {
    if (p.paragraph !== undefined || p.item !== undefined) return provisionIri(work, p);
    let articles = this.#articles.get(work);
    if (articles === undefined) {
      articles = new Map();
      this.#articles.set(work, articles);
    }
    let iri = articles.get(p.article);
    if (iri === undefined) {
      iri = provisionIri(work, p);
      articles.set(p.article, iri);
    }
    return iri;
  }

  /** A duty's IRI, relative to the folder. */
  duty(key: string): string {
    return this.#duties + (plainSegment.test(key) ? key : iriSegment(key));
  }

  /** Whether a node shared by lists is described here for the first time (as the mapping does). */
  once(iri: string): boolean {
    if (this.#described.has(iri)) return false;
    this.#described.add(iri);
    return true;
  }
}

function division(e: Emitter, d: Division, depth: number): Json {
  const node: Json = { '@id': e.rel(e.iris.division(depth)), '@type': 'Division', code: d.code };
  node.name = d.name;
  put(node, 'nameEn', d.nameEn);
  node.level = d.level;
  if (d.parent) node.parent = division(e, d.parent, depth + 1);
  return node;
}

function office(e: Emitter, o: Office): Json {
  const node: Json = { '@id': e.office(o.key), '@type': 'Office', key: o.key, name: o.name };
  put(node, 'nameEn', o.nameEn);
  put(node, 'type', o.type);
  put(node, 'aliases', o.aliases);
  return node;
}

function department(e: Emitter, d: Department): Json {
  const node: Json = {
    '@id': e.department(d.key),
    '@type': 'Department',
    key: d.key,
    name: d.name,
  };
  put(node, 'nameEn', d.nameEn);
  put(node, 'aliases', d.aliases);
  put(node, 'creditCode', d.creditCode);
  return node;
}

function legalBasis(e: Emitter, duty: string, basis: LegalBasis, index: number): Json {
  const node: Json = { '@id': `${duty}/basis/${index}`, '@type': 'LegalBasis' };
  if (!isStructured(basis)) {
    node.text = basis.text;
    return node;
  }
  const { instrument } = basis;
  put(node, 'citation', basis.citation);
  const nested: Json = { title: instrument.title };
  put(nested, 'shortTitle', instrument.shortTitle);
  put(nested, 'rank', instrument.rank);
  put(nested, 'issuer', instrument.issuer);
  put(nested, 'documentNumber', instrument.documentNumber);
  put(nested, 'edition', instrument.edition);
  node.instrument = nested;
  const work = e.instrument(instrument.title);
  node.legalResource = e.once(work) ? { '@id': work, '@type': 'LegalResource' } : work;
  const provisions = basis.provisions.map((p) => {
    const iri = e.provision(work, p);
    if (!e.once(iri)) return { '@id': iri };
    const part: Json = {
      '@id': iri,
      '@type': 'LegalResourceSubdivision',
      isPartOf: provisionParentIri(work, p),
      article: number(p.article),
    };
    put(part, 'paragraph', number(p.paragraph));
    put(part, 'item', number(p.item));
    return part;
  });
  put(node, 'provisions', nonEmpty(provisions));
  put(node, 'quote', basis.quote);
  return node;
}

function resources(duty: string, r: Resources): Json {
  const node: Json = { '@id': `${duty}/resources`, '@type': 'Resources' };
  if (r.staff) {
    const staff: Json = {
      '@id': `${duty}/resources/staff`,
      '@type': 'Staffing',
      headcount: number(r.staff.headcount),
    };
    put(staff, 'kind', r.staff.kind);
    node.staff = staff;
  }
  if (r.funding) {
    const funding: Json = {
      '@id': `${duty}/resources/funding`,
      '@type': 'Funding',
      amountPerYear: number(r.funding.amountPerYear),
    };
    put(funding, 'source', r.funding.source);
    node.funding = funding;
  }
  put(node, 'equipment', r.equipment);
  put(node, 'platforms', r.platforms);
  put(node, 'training', r.training);
  put(node, 'note', r.note);
  return node;
}

function duty(e: Emitter, d: Duty, position: number): Json {
  const iri = e.duty(d.key);
  const node: Json = { '@id': iri, section: d.section, position, key: d.key };
  put(node, 'code', d.code);
  put(node, 'number', d.number);
  node.name = d.name;
  put(node, 'nameEn', d.nameEn);
  put(node, 'description', d.description);
  if (d.domain !== undefined) node.domain = e.domain(d.domain);
  put(node, 'powerCategory', d.powerCategory);
  put(node, 'legalBases', nonEmpty(d.legalBases.map((b, i) => legalBasis(e, iri, b, i))));
  put(node, 'offices', nonEmpty(d.offices.map(e.office)));
  if (d.resources) node.resources = resources(iri, d.resources);
  put(node, 'localTo', d.localTo);
  put(
    node,
    'extraColumns',
    d.extraColumns?.map((c, i) => ({
      '@id': `${iri}/column/${i}`,
      '@type': 'ExtraColumn',
      header: c.header,
      value: c.value,
    })),
  );
  const departments = (keys: readonly string[]) => nonEmpty(keys.map(e.department));
  // A switch rather than ts-pattern here: this runs once per duty on the hot path.
  switch (d.section) {
    case 'basic':
    case 'selfGovernance':
      break;
    case 'cooperating':
      put(node, 'leadDepartments', departments(d.leadDepartments));
      put(node, 'departmentDuty', d.departmentDuty);
      put(node, 'townshipDuty', d.townshipDuty);
      break;
    case 'reclaimed':
      put(node, 'receivingDepartments', departments(d.receivingDepartments));
      put(node, 'reclaimReasons', nonEmpty(d.reclaimReasons));
      put(node, 'reclaimNote', d.reclaimNote);
      put(node, 'formerDelegationMode', d.formerDelegationMode);
      break;
    case 'delegated':
      node.delegationMode = d.delegationMode;
      put(node, 'delegatingDepartments', departments(d.delegatingDepartments));
      break;
    case 'assisting':
      put(node, 'requestingDepartments', departments(d.requestingDepartments));
      put(node, 'admissionDecision', d.admissionDecision);
      break;
    case 'prohibited':
      put(node, 'prohibitionReason', d.prohibitionReason);
      break;
    case 'certificateToAbolish':
      put(node, 'replacedBy', d.replacedBy);
      break;
    default: {
      // A new section is a compile error here until it is handled.
      const unhandled: never = d;
      throw new TypeError(`unhandled section ${JSON.stringify(unhandled)}`);
    }
  }
  // CPSV-AP participations, derived as dutyListToQuads derives them.
  const participations = dutyParticipations(d);
  if (participations.length > 0)
    node.participations = participations.map((p) => ({
      '@id': participationIri(iri, p.role, p.key),
      '@type': 'Participation',
      role: p.role,
      participant: p.kind === 'office' ? e.office(p.key) : e.department(p.key),
    }));
  put(node, 'competentAuthority', nonEmpty(competentAuthorities(d).map(e.department)));
  return node;
}

/**
 * The JSON-LD document of one list edition, compacted under the vocabulary's context
 * (`@context` names it by IRI, with `@base` set to the folder of the edition's IRI), so it reads like the list
 * file: the same field names, section codes and keys, with short relative `@id`s added. Built directly from the list, not by a JSON-LD processor,
 * and equal in meaning to `dutyListToQuads` of the same list: a JSON-LD processor given it (and
 * {@link staticDocumentLoader}) yields an isomorphic graph.
 *
 * @example
 * ```ts
 * const doc = dutyListToJsonLd(list, { base: 'https://data.example.org/qingdan/' });
 * doc['@context']; // ['https://w3id.org/qingdan/context.jsonld', { '@base': '…/421127104/' }]
 * ```
 */
export function dutyListToJsonLd(list: DutyList, options: ToJsonLdOptions): Json {
  const iris = editionIris(options.base, list.division.code, list.id);
  const e = new Emitter(iris, list);
  // `@base` is the folder of the edition's IRI, so its nodes read `wuzu-2024/duty/JB-01`; a base
  // ending in `/` is also what jsonld.js needs to compact back to the same relative references.
  const doc: Json = {
    '@context': [qingdanContextIri, { '@base': e.folder }],
    '@id': e.rel(iris.edition),
    '@type': 'DutyList',
  };
  put(doc, '$schema', list.$schema);
  doc.id = list.id;
  doc.kind = list.kind;
  doc.title = list.title;
  put(doc, 'titleEn', list.titleEn);
  doc.division = division(e, list.division, 0);
  put(doc, 'template', list.template);
  const issuer: Json = { '@id': e.rel(iris.issuer), '@type': 'Issuer', name: list.issuer.name };
  put(issuer, 'nameEn', list.issuer.nameEn);
  put(issuer, 'creditCode', list.issuer.creditCode);
  doc.issuer = issuer;
  put(doc, 'issued', list.issued);
  put(doc, 'documentNumber', list.documentNumber);
  put(doc, 'edition', list.edition);
  doc.status = list.status;
  put(doc, 'supersedes', list.supersedes);
  put(doc, 'townshipType', list.townshipType);
  put(doc, 'sourceUrl', list.sourceUrl);
  put(
    doc,
    'domains',
    list.domains?.map((d) => {
      const node: Json = { '@id': e.rel(iris.domain(d.code)), '@type': 'Concept', code: d.code };
      put(node, 'notation', d.notation);
      node.label =
        d.label.en === undefined ? { zh: d.label.zh } : { zh: d.label.zh, en: d.label.en };
      return node;
    }),
  );
  put(doc, 'offices', nonEmpty(list.offices.map((o) => office(e, o))));
  put(doc, 'departments', nonEmpty(list.departments.map((d) => department(e, d))));
  doc.duties = list.duties.map((d, i) => duty(e, d, i));
  return doc;
}
