import {
  checkDutyList,
  type DutyList,
  delegationModeScheme,
  divisionLevelScheme,
  dutyListSchema,
  fromZodIssues,
  huangmeiDomainScheme,
  type Issue,
  legalRankScheme,
  listKindScheme,
  listStatusScheme,
  makeIssue,
  officeTypeScheme,
  powerCategoryScheme,
  type Result,
  reclaimReasonScheme,
  toResult,
} from '@qingdan/core';
import { conceptIri, dct, qd, rdf, skos } from '@qingdan/vocab';
import { DataFactory, type Quad, type Term } from 'n3';
import { segmentText } from '../iri/segment.js';
import { Graph, Unreadable } from './graph.js';
import { sectionClass } from './sections.js';

const { namedNode } = DataFactory;

type Json = { [key: string]: unknown };

/**
 * Options of {@link dutyListFromQuads}.
 *
 * @example
 * ```ts
 * const options: FromQuadsOptions = { edition: 'https://data.example.org/qingdan/421127104/wuzu-2024' };
 * ```
 */
export interface FromQuadsOptions {
  /** Which edition to read when the quads hold several. */
  readonly edition?: string;
}

const sectionOfClass = new Map(Object.entries(sectionClass).map(([s, c]) => [c, s]));

/** Reads one edition out of an indexed graph into a plain object of the list file's shape. */
class Reader {
  constructor(
    private readonly g: Graph,
    private readonly edition: string,
  ) {}

  text(subject: Term, predicate: string, language?: string): string | undefined {
    const values = this.g
      .all(subject, predicate)
      .filter((v) => v.termType === 'Literal' && (v.language || undefined) === language);
    if (values.length > 1)
      throw new Unreadable(subject.value, predicate, 'more than one value', '有多个值');
    return values[0]?.value;
  }

  required(subject: Term, predicate: string, language?: string): string {
    const value = this.text(subject, predicate, language);
    if (value === undefined) throw new Unreadable(subject.value, predicate, 'no value', '缺少取值');
    return value;
  }

  number(subject: Term, predicate: string): number | undefined {
    const value = this.g.optional(subject, predicate);
    if (value === undefined) return undefined;
    const n = Number(value.value);
    if (value.termType !== 'Literal' || value.value.trim() === '' || Number.isNaN(n))
      throw new Unreadable(subject.value, predicate, 'not a number', '不是数字');
    return n;
  }

  /** A code of a scheme, from the concept IRI `{scheme}/{code}`. */
  code(subject: Term, predicate: string, schemeId: string): string | undefined {
    const value = this.g.optional(subject, predicate);
    return value === undefined ? undefined : this.codeOf(subject, predicate, value, schemeId);
  }

  codeOf(subject: Term, predicate: string, value: Term, schemeId: string): string {
    const prefix = conceptIri(schemeId, '');
    if (value.termType !== 'NamedNode' || !value.value.startsWith(prefix))
      throw new Unreadable(
        subject.value,
        predicate,
        `not a concept of ${schemeId}`,
        `不是 ${schemeId} 代码表中的概念`,
      );
    return segmentText(value.value.slice(prefix.length));
  }

  /** A key, from the IRI `{prefix}{key}` of the thing it names. */
  keyOf(subject: Term, predicate: string, value: Term, prefix: string): string {
    if (value.termType !== 'NamedNode' || !value.value.startsWith(prefix))
      throw new Unreadable(subject.value, predicate, `not under ${prefix}`, `不在 ${prefix} 之下`);
    return segmentText(value.value.slice(prefix.length));
  }

  texts(subject: Term, predicate: string): string[] | undefined {
    return this.g.list(subject, predicate)?.map((t) => t.value);
  }

  keys(subject: Term, predicate: string, kind: 'office' | 'department'): string[] {
    const prefix = `${this.edition}/${kind}/`;
    return (this.g.list(subject, predicate) ?? []).map((t) =>
      this.keyOf(subject, predicate, t, prefix),
    );
  }
}

/** The entries that have a value; copying rather than deleting keeps objects fast. */
function compact(object: Json): Json {
  const out: Json = {};
  for (const key in object) if (object[key] !== undefined) out[key] = object[key];
  return out;
}

function readDivision(r: Reader, g: Graph, node: Term): Json {
  const parent = g.optional(node, qd.parent);
  return compact({
    code: r.required(node, qd.code),
    name: r.required(node, skos.prefLabel, 'zh'),
    nameEn: r.text(node, skos.prefLabel, 'en'),
    level: r.code(node, qd.level, divisionLevelScheme.id),
    parent: parent ? readDivision(r, g, parent) : undefined,
  });
}

function readLegalBasis(r: Reader, g: Graph, node: Term): Json {
  const text = r.text(node, qd.text);
  if (text !== undefined) return { text };
  const provisions = (g.list(node, qd.provisions) ?? []).map((p) =>
    compact({
      article: r.number(p, qd.article),
      paragraph: r.number(p, qd.paragraph),
      item: r.number(p, qd.item),
    }),
  );
  return compact({
    citation: r.text(node, qd.citation),
    instrument: compact({
      title: r.required(node, dct.title, 'zh'),
      shortTitle: r.text(node, qd.shortTitle),
      rank: r.code(node, qd.rank, legalRankScheme.id),
      issuer: r.text(node, qd.issuer),
      documentNumber: r.text(node, qd.documentNumber),
      edition: r.text(node, qd.edition),
    }),
    provisions,
    quote: r.text(node, qd.quote),
  });
}

function readResources(r: Reader, g: Graph, node: Term): Json {
  const staff = g.optional(node, qd.staff);
  const funding = g.optional(node, qd.funding);
  return compact({
    staff:
      staff &&
      compact({ headcount: r.number(staff, qd.headcount), kind: r.text(staff, qd.staffKind) }),
    funding:
      funding &&
      compact({
        amountPerYear: r.number(funding, qd.amountPerYear),
        source: r.text(funding, qd.source),
      }),
    equipment: r.texts(node, qd.equipment),
    platforms: r.texts(node, qd.platforms),
    training: r.texts(node, qd.training),
    note: r.text(node, qd.note),
  });
}

function readDuty(r: Reader, g: Graph, node: Term, edition: string, ownDomains: boolean): Json {
  const types = g.all(node, rdf.type).map((t) => sectionOfClass.get(t.value));
  const section = types.find((s) => s !== undefined);
  if (!section || types.filter((s) => s !== undefined).length > 1)
    throw new Unreadable(
      node.value,
      rdf.type,
      'not in exactly one section',
      '不是恰好属于一个类别',
    );
  const domain = g.optional(node, qd.domain);
  const resources = g.optional(node, qd.resources);
  const domainPrefix = ownDomains ? `${edition}/domain/` : conceptIri(huangmeiDomainScheme.id, '');
  const common = {
    section,
    key: r.required(node, dct.identifier),
    code: r.text(node, qd.code),
    number: r.text(node, qd.number),
    name: r.required(node, skos.prefLabel, 'zh'),
    nameEn: r.text(node, skos.prefLabel, 'en'),
    description: r.text(node, dct.description),
    domain: domain && r.keyOf(node, qd.domain, domain, domainPrefix),
    powerCategory: r.code(node, qd.powerCategory, powerCategoryScheme.id),
    legalBases: (g.list(node, qd.legalBases) ?? []).map((b) => readLegalBasis(r, g, b)),
    offices: r.keys(node, qd.offices, 'office'),
    resources: resources && readResources(r, g, resources),
    localTo: r.texts(node, qd.localTo),
    extraColumns: g
      .list(node, qd.extraColumns)
      ?.map((c) => ({ header: r.required(c, qd.header), value: r.required(c, qd.value) })),
  };
  const departments = (p: string) => r.keys(node, p, 'department');
  const specific: Record<string, () => Json> = {
    cooperating: () => ({
      leadDepartments: departments(qd.leadDepartments),
      departmentDuty: r.text(node, qd.departmentDuty),
      townshipDuty: r.text(node, qd.townshipDuty),
    }),
    reclaimed: () => ({
      receivingDepartments: departments(qd.receivingDepartments),
      reclaimReasons: (g.list(node, qd.reclaimReasons) ?? []).map((t) =>
        r.codeOf(node, qd.reclaimReasons, t, reclaimReasonScheme.id),
      ),
      reclaimNote: r.text(node, qd.reclaimNote),
      formerDelegationMode: r.code(node, qd.formerDelegationMode, delegationModeScheme.id),
    }),
    delegated: () => ({
      delegationMode: r.code(node, qd.delegationMode, delegationModeScheme.id),
      delegatingDepartments: departments(qd.delegatingDepartments),
    }),
    assisting: () => ({
      requestingDepartments: departments(qd.requestingDepartments),
      admissionDecision: r.text(node, qd.admissionDecision),
    }),
    prohibited: () => ({ prohibitionReason: r.text(node, qd.prohibitionReason) }),
    certificateToAbolish: () => ({ replacedBy: r.text(node, qd.replacedBy) }),
  };
  return compact({ ...common, ...(specific[section]?.() ?? {}) });
}

function readList(g: Graph, edition: string): Json {
  const node = namedNode(edition);
  const r = new Reader(g, edition);
  const issuer = g.one(node, qd.issuer);
  const divisionNode = g.one(node, qd.division);
  const domains = g.list(node, qd.domains);
  const schema = g.optional(node, qd.listSchema);
  const template = g.optional(node, qd.template);
  if (template && (template.termType !== 'Literal' || !['true', 'false'].includes(template.value)))
    throw new Unreadable(edition, qd.template, 'not a boolean', '不是布尔值');
  const duties = g.all(node, qd.duties).map((d) => ({ d, position: r.number(d, qd.position) }));
  for (const { d, position } of duties)
    if (position === undefined) throw new Unreadable(d.value, qd.position, 'no value', '缺少取值');
  duties.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  // A duty of this edition that the edition does not list would otherwise vanish unnoticed.
  const listed = new Set(duties.map(({ d }) => d.value));
  for (const cls of Object.values(sectionClass))
    for (const orphan of g.subjectsWith(rdf.type, cls))
      if (orphan.startsWith(`${edition}/duty/`) && !listed.has(orphan))
        throw new Unreadable(
          edition,
          qd.duties,
          `does not list the duty <${orphan}>`,
          `未列出事项 <${orphan}>`,
        );
  for (const [cls, property, kind] of [
    [qd.Office, qd.offices, 'office'],
    [qd.Department, qd.departments, 'department'],
  ] as const) {
    const members = new Set((g.list(node, property) ?? []).map((t) => t.value));
    for (const orphan of g.subjectsWith(rdf.type, cls))
      if (orphan.startsWith(`${edition}/${kind}/`) && !members.has(orphan))
        throw new Unreadable(edition, property, `does not list <${orphan}>`, `未列出 <${orphan}>`);
  }
  const division = readDivision(r, g, divisionNode);
  const list = compact({
    $schema: schema?.value,
    id: r.required(node, dct.identifier),
    kind: r.code(node, qd.listKind, listKindScheme.id),
    title: r.required(node, dct.title, 'zh'),
    titleEn: r.text(node, dct.title, 'en'),
    division,
    template: template && template.value === 'true',
    issuer: compact({
      name: r.required(issuer, skos.prefLabel, 'zh'),
      nameEn: r.text(issuer, skos.prefLabel, 'en'),
      creditCode: r.text(issuer, qd.creditCode),
    }),
    issued: g.optional(node, dct.issued)?.value,
    documentNumber: r.text(node, qd.documentNumber),
    edition: r.text(node, qd.edition),
    status: r.code(node, qd.status, listStatusScheme.id),
    supersedes: r.text(node, qd.supersedes),
    townshipType: r.text(node, qd.townshipType),
    sourceUrl: g.optional(node, qd.sourceUrl)?.value,
    domains: domains?.map((d) =>
      compact({
        code: r.required(d, qd.code),
        notation: r.text(d, skos.notation),
        label: compact({
          zh: r.required(d, skos.prefLabel, 'zh'),
          en: r.text(d, skos.prefLabel, 'en'),
        }),
      }),
    ),
    offices: (g.list(node, qd.offices) ?? []).map((o) =>
      compact({
        key: r.required(o, dct.identifier),
        name: r.required(o, skos.prefLabel, 'zh'),
        nameEn: r.text(o, skos.prefLabel, 'en'),
        type: r.code(o, qd.officeType, officeTypeScheme.id),
        aliases: r.texts(o, qd.aliases),
      }),
    ),
    departments: (g.list(node, qd.departments) ?? []).map((d) =>
      compact({
        key: r.required(d, dct.identifier),
        name: r.required(d, skos.prefLabel, 'zh'),
        nameEn: r.text(d, skos.prefLabel, 'en'),
        aliases: r.texts(d, qd.aliases),
        creditCode: r.text(d, qd.creditCode),
      }),
    ),
    duties: duties.map(({ d }) => readDuty(r, g, d, edition, domains !== undefined)),
  });
  return list;
}

/**
 * Reads a list edition back from the quads {@link dutyListToQuads} made (or any graph that says
 * the same thing), and checks it as `parseDutyList` does: `dutyListFromQuads(dutyListToQuads(list,
 * o))` gives back `list`. When the quads hold several editions, `options.edition` says which.
 * A value that cannot be read comes back as an `rdf-value-unreadable` issue naming the subject
 * and property; nothing is guessed or dropped. The CPSV-AP participations and competent
 * authority are derived from the duty's own properties, which alone are read.
 *
 * @example
 * ```ts
 * const result = dutyListFromQuads(new Parser().parse(turtle));
 * if (result.ok) result.value.duties.length;
 * ```
 */
export function dutyListFromQuads(
  quads: Iterable<Quad>,
  options: FromQuadsOptions = {},
): Result<DutyList> {
  const g = new Graph(quads);
  const editions = options.edition ? [options.edition] : g.subjectsWith(rdf.type, qd.DutyList);
  const [edition] = editions;
  if (
    edition === undefined ||
    (options.edition && g.all(namedNode(edition), rdf.type).length === 0)
  )
    return { ok: false, issues: [makeIssue('rdf-edition-missing', 'error', [])] };
  if (editions.length > 1)
    return {
      ok: false,
      issues: [makeIssue('rdf-editions-several', 'error', [], { count: editions.length })],
    };
  let input: Json;
  try {
    input = readList(g, edition);
  } catch (error) {
    if (!(error instanceof Unreadable)) throw error;
    const issue: Issue = makeIssue(
      'rdf-value-unreadable',
      'error',
      [error.subject, error.property],
      {
        subject: error.subject,
        property: error.property,
        reason: error.reason,
        reasonZh: error.reasonZh,
      },
    );
    return { ok: false, issues: [issue] };
  }
  const parsed = dutyListSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const list = parsed.data as DutyList;
  return toResult(list, checkDutyList(list));
}
