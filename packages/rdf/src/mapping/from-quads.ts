import {
  checkDutyList,
  type DutyList,
  dutyListSchema,
  fromZodIssues,
  type Issue,
  makeIssue,
  type Result,
  toResult,
} from '@qingdan/core';
import { conceptIri, rdf } from '@qingdan/vocab';
import { DataFactory, type Quad, type Term } from 'n3';
import { domainPrefix, keyedPrefix } from '../iri/index.js';
import { segmentText } from '../iri/segment.js';
import {
  type Field,
  type Fields,
  listMapping,
  type NodeMapping,
  type RefTarget,
  type ValueField,
} from './description/index.js';
import { type NodePlan, planner, type VariantPlan } from './description/plan.js';
import { Graph, Unreadable } from './graph.js';

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

/** A field of the description, as the reader needs it: derived fields are left out. */
type ReadField =
  | { readonly name: string; readonly nest: readonly ReadField[] }
  | {
      readonly name: string;
      readonly nest: undefined;
      readonly field: ValueField;
      readonly node: ReadPlan | undefined;
    };
type ReadPlan = NodePlan<ReadField | undefined>;

const readField = (
  name: string,
  f: Field,
  plan: (m: NodeMapping) => ReadPlan,
): ReadField | undefined => {
  if (f.kind === 'nest') return { name, nest: readFields(f.fields, plan) };
  if (f.derive !== undefined && !f.orders) return undefined;
  return {
    name,
    nest: undefined,
    field: f,
    node: f.term.is === 'node' ? plan(f.term.node()) : undefined,
  };
};
const readFields = (fields: Fields, plan: (m: NodeMapping) => ReadPlan): ReadField[] =>
  Object.entries(fields).flatMap(([n, f]) => readField(n, f, plan) ?? []);

const root = planner(readField)(listMapping);

type ValueRead = Extract<ReadField, { nest: undefined }>;

/** The predicate of a field the nodes of a plan are ordered by, read back only for that. */
function orderOf(plan: ReadPlan): string | undefined {
  const fields = plan.by === undefined ? plan.fields : [...plan.variants.values()][0]?.fields;
  for (const f of fields ?? [])
    if (f !== undefined && f.nest === undefined && f.field.orders) return f.field.predicate;
  return undefined;
}

/** Reads one edition out of an indexed graph into a plain object of the list file's shape. */
class Reader {
  /** What the IRI of every office, department or domain the edition names starts with. */
  private readonly prefixes: Readonly<Record<RefTarget, string>>;

  constructor(
    private readonly g: Graph,
    edition: string,
    ownDomains: boolean,
  ) {
    this.prefixes = {
      office: keyedPrefix(edition, 'office'),
      department: keyedPrefix(edition, 'department'),
      domain: domainPrefix(edition, ownDomains),
    };
  }

  text(subject: Term, predicate: string, language?: string): string | undefined {
    const values = this.g
      .all(subject, predicate)
      .filter((v) => v.termType === 'Literal' && (v.language || undefined) === language);
    if (values.length > 1)
      throw new Unreadable(subject.value, predicate, { reason: 'several-values' });
    return values[0]?.value;
  }

  number(subject: Term, predicate: string, value: Term): number {
    const n = Number(value.value);
    if (value.termType !== 'Literal' || value.value.trim() === '' || Number.isNaN(n))
      throw new Unreadable(subject.value, predicate, { reason: 'not-a-number' });
    return n;
  }

  boolean(subject: Term, predicate: string, value: Term): boolean {
    if (value.termType !== 'Literal' || !['true', 'false'].includes(value.value))
      throw new Unreadable(subject.value, predicate, { reason: 'not-a-boolean' });
    return value.value === 'true';
  }

  /** A code of a scheme, from the concept IRI `{scheme}/{code}`. */
  code(subject: Term, predicate: string, value: Term, schemeId: string): string {
    const prefix = conceptIri(schemeId, '');
    if (value.termType !== 'NamedNode' || !value.value.startsWith(prefix))
      throw new Unreadable(subject.value, predicate, { reason: 'not-a-concept', scheme: schemeId });
    return segmentText(value.value.slice(prefix.length));
  }

  /** A key, from the IRI `{prefix}{key}` of the thing it names. */
  key(subject: Term, predicate: string, value: Term, to: RefTarget): string {
    const prefix = this.prefixes[to];
    if (value.termType !== 'NamedNode' || !value.value.startsWith(prefix))
      throw new Unreadable(subject.value, predicate, { reason: 'not-under', prefix });
    return segmentText(value.value.slice(prefix.length));
  }

  /** A node's value: the fields of its variant (or its own), with what is absent left out. */
  node(plan: ReadPlan, subject: Term): Json {
    if (plan.by === undefined) return this.fields(plan.fields, subject);
    const variant = this.variant(plan, subject);
    const value = this.fields(variant.fields, subject);
    return typeof plan.by === 'string' ? { [plan.by]: variant.name, ...value } : value;
  }

  /** A node's variant: by its class when variants have their own, else the first it has values of. */
  variant(plan: ReadPlan, subject: Term): VariantPlan<ReadField | undefined> {
    const variants = [...plan.variants.values()];
    if (typeof plan.by === 'string') {
      const types = new Set(this.g.all(subject, rdf.type).map((t) => t.value));
      const found = variants.filter((v) => v.class !== undefined && types.has(v.class));
      const [only] = found;
      if (only === undefined || found.length > 1)
        throw new Unreadable(subject.value, rdf.type, { reason: 'not-one-section' });
      return only;
    }
    const has = (f: ReadField | undefined): boolean =>
      f !== undefined &&
      (f.nest !== undefined ? f.nest.some(has) : this.g.all(subject, f.field.predicate).length > 0);
    return variants.find((v) => v.fields.some(has)) ?? (variants.at(-1) as VariantPlan<ReadField>);
  }

  fields(fields: readonly (ReadField | undefined)[], subject: Term): Json {
    const out: Json = {};
    for (const f of fields) {
      if (f === undefined) continue;
      const value = f.nest !== undefined ? this.fields(f.nest, subject) : this.field(f, subject);
      if (value !== undefined) out[f.name] = value;
    }
    return out;
  }

  field(f: ValueRead, subject: Term): unknown {
    const { field } = f;
    const { predicate, term } = field;
    if (field.derive !== undefined) return undefined;
    if (field.container === 'one') {
      if (term.is === 'text') {
        const value = this.text(subject, predicate, term.language);
        if (value === undefined && !field.optional)
          throw new Unreadable(subject.value, predicate, { reason: 'no-value' });
        return value;
      }
      const value = field.optional
        ? this.g.optional(subject, predicate)
        : this.g.one(subject, predicate);
      return value === undefined ? undefined : this.value(f, subject, value);
    }
    const values =
      field.container === 'set' ? this.set(f, subject) : this.g.list(subject, predicate);
    if (values === undefined) return field.optional ? undefined : [];
    return values.map((v) => this.value(f, subject, v));
  }

  /** The members of a set; nodes of one holding an order (a duty's position) are sorted by it. */
  set(f: ValueRead, subject: Term): Term[] {
    const members = this.g.all(subject, f.field.predicate);
    const predicate = f.node && orderOf(f.node);
    if (predicate === undefined) return members;
    const at = members.map((m) => {
      const position = this.g.optional(m, predicate);
      if (position === undefined) throw new Unreadable(m.value, predicate, { reason: 'no-value' });
      return { m, position: this.number(m, predicate, position) };
    });
    return at.sort((a, b) => a.position - b.position).map(({ m }) => m);
  }

  /** One value of a field, as the model has it. */
  value(f: ValueRead, subject: Term, v: Term): unknown {
    const { predicate, term } = f.field;
    switch (term.is) {
      case 'text':
      case 'typed':
      case 'iri':
        return v.value;
      case 'boolean':
        return this.boolean(subject, predicate, v);
      case 'number':
        return this.number(subject, predicate, v);
      case 'concept':
        return this.code(subject, predicate, v, term.scheme.id);
      case 'ref':
        return this.key(subject, predicate, v, term.to);
      case 'node':
        return this.node(f.node as ReadPlan, v);
    }
  }
}

/**
 * Things of the edition that no field of it lists, which would otherwise vanish unnoticed: a
 * node under the edition's IRI of the class of the nodes a list or set of the edition holds (a
 * duty, an office, a department, a domain of its own), which that list or set does not hold.
 */
function checkNothingUnlisted(g: Graph, edition: string): void {
  const node = namedNode(edition);
  const under = `${edition}/`;
  for (const f of Object.values(listMapping.fields)) {
    if (f.kind !== 'value' || f.term.is !== 'node' || f.container === 'one') continue;
    const held = f.term.node();
    const classes = held.variants
      ? Object.values(held.variants.table).flatMap((v) => v.class ?? [])
      : [held.class ?? ''];
    const members = f.container === 'set' ? g.all(node, f.predicate) : g.list(node, f.predicate);
    const listed = new Set((members ?? []).map((t) => t.value));
    for (const cls of classes)
      for (const orphan of g.subjectsWith(rdf.type, cls))
        if (orphan.startsWith(under) && !listed.has(orphan))
          throw new Unreadable(edition, f.predicate, { reason: 'not-listed', member: orphan });
  }
}

function readList(g: Graph, edition: string): Json {
  checkNothingUnlisted(g, edition);
  const domains = listMapping.fields.domains as ValueField;
  const ownDomains = g.list(namedNode(edition), domains.predicate) !== undefined;
  return new Reader(g, edition, ownDomains).node(root, namedNode(edition));
}

/**
 * Reads a list edition back from the quads {@link dutyListToQuads} made (or any graph that says
 * the same thing), as the mapping's description (`listMapping`) says, and checks it as
 * `parseDutyList` does: `dutyListFromQuads(dutyListToQuads(list, o))` gives back `list`. When
 * the quads hold several editions, `options.edition` says which. A value that cannot be read, or
 * a required one that is missing, comes back as an `rdf-value-unreadable` issue naming the
 * subject and property; nothing is guessed or dropped. Derived fields (the CPSV-AP
 * participations and competent authority, the instrument node) are not read: the duty's own
 * properties are.
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
  const editions = options.edition ? [options.edition] : g.subjectsWith(rdf.type, root.class ?? '');
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
        ...error.why,
      },
    );
    return { ok: false, issues: [issue] };
  }
  const parsed = dutyListSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
  const list = parsed.data as DutyList;
  return toResult(list, checkDutyList(list));
}
