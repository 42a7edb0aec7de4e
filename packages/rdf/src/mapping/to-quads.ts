import type { DutyList } from '@qingdan/core';
import { conceptIri, rdf, xsd } from '@qingdan/vocab';
import { DataFactory, type Literal, type NamedNode, type Quad, type Term } from 'n3';
import { type EditionIris, editionIris } from '../iri/index.js';
import { blankNodeLabel, escapeIri, escapeLiteral } from '../serialize/escape.js';
import { literalToNTriples } from '../serialize/terms.js';
import { absoluteIris } from './absolute-iris.js';
import {
  type Container,
  type Derive,
  type Field,
  type IriMaker,
  type IriTemplate,
  listMapping,
  type NodeMapping,
  type RefTarget,
} from './description/index.js';
import { type NodePlan, planner, variantOf } from './description/plan.js';
import { numberLiteral } from './literals.js';

const { namedNode, literal, blankNode, quad } = DataFactory;

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

// How each kind of term is made, as small numbers so the loop below switches on them cheaply.
const TEXT = 0;
const TYPED = 1;
const BOOLEAN = 2;
const NUMBER = 3;
const CONCEPT = 4;
const REF = 5;
const IRI = 6;
const NODE = 7;
const NEST = 8;
type TermIs =
  | typeof TEXT
  | typeof TYPED
  | typeof BOOLEAN
  | typeof NUMBER
  | typeof CONCEPT
  | typeof REF
  | typeof IRI
  | typeof NODE
  | typeof NEST;

/** A field of the description with its terms made once, for every list. */
interface QuadField {
  readonly name: string;
  readonly is: TermIs;
  readonly container: Container;
  /** A list the model always has (empty by default) is left out when empty. */
  readonly omitEmpty: boolean;
  readonly predicate: NamedNode;
  /** The predicate in N-Triples form, `<…>`. */
  readonly predicateText: string;
  /** Language tag of a text, datatype of a typed literal. */
  readonly tag: string | NamedNode | undefined;
  /** What follows a literal's closing quote in N-Triples: `@zh`, `^^<…>` or nothing. */
  readonly tagText: string;
  /** The IRI a concept's code is appended to. */
  readonly prefix: string;
  readonly to: RefTarget;
  readonly node: NodePlan<QuadField> | undefined;
  readonly iri: IriTemplate | undefined;
  readonly edgeFirst: boolean;
  readonly derive: Derive | undefined;
  readonly nest: readonly QuadField[];
}

type Plan = (mapping: NodeMapping) => NodePlan<QuadField>;

const planOf = planner<QuadField>((name, f, plan): QuadField => {
  if (f.kind === 'nest')
    return {
      ...blank(name),
      is: NEST,
      nest: Object.entries(f.fields).map(([n, g]) => plannedField(n, g, plan)),
    };
  return plannedField(name, f, plan);
});

/** A field with every property set, so that the loop reads objects of one shape. */
function blank(name: string): QuadField {
  return {
    name,
    is: TEXT,
    container: 'one',
    omitEmpty: false,
    predicate: namedNode(rdf.type),
    predicateText: '',
    tag: undefined,
    tagText: '',
    prefix: '',
    to: 'office',
    node: undefined,
    iri: undefined,
    edgeFirst: false,
    derive: undefined,
    nest: [],
  };
}

function plannedField(name: string, f: Field, plan: Plan): QuadField {
  if (f.kind === 'nest') throw new TypeError(`${name}: a nest within a nest is not mapped`);
  const field = {
    ...blank(name),
    container: f.container,
    omitEmpty: f.container === 'list' && !f.optional,
    predicate: namedNode(f.predicate),
    predicateText: `<${escapeIri(f.predicate)}>`,
    derive: f.derive,
  };
  const t = f.term;
  switch (t.is) {
    case 'text':
      return { ...field, is: TEXT, tag: t.language, tagText: tagText(literal('', t.language)) };
    case 'typed':
      return {
        ...field,
        is: TYPED,
        tag: namedNode(t.datatype),
        tagText: tagText(literal('', namedNode(t.datatype))),
      };
    case 'boolean':
      return {
        ...field,
        is: BOOLEAN,
        tag: namedNode(xsd.boolean),
        tagText: tagText(literal('', namedNode(xsd.boolean))),
      };
    case 'number':
      return { ...field, is: NUMBER };
    case 'concept':
      return { ...field, is: CONCEPT, prefix: conceptIri(t.scheme.id, '') };
    case 'ref':
      return { ...field, is: REF, to: t.to };
    case 'iri':
      return { ...field, is: IRI };
    case 'node':
      return { ...field, is: NODE, node: plan(t.node()), iri: t.iri, edgeFirst: t.edgeFirst };
  }
}

const root = planOf(listMapping);

/** A short, stable tag of the edition, so that list cells of two editions never share a label. */
function editionTag(edition: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < edition.length; i++) {
    hash ^= edition.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

type Value = Readonly<Record<string, unknown>>;

/**
 * How the {@link Emitter} makes terms and what it does with each triple: `T` is an N3 term for
 * quads, a string in N-Triples form for text.
 */
interface TermKit<T> {
  readonly type: T;
  readonly first: T;
  readonly rest: T;
  readonly nil: T;
  named(iri: string): T;
  blank(label: string): T;
  predicate(f: QuadField): T;
  /** A text, typed, boolean or number value. */
  literal(f: QuadField, v: unknown): T;
  add(subject: T, predicate: T, object: T): void;
}

/** What follows a literal's closing quote in N-Triples, read from an empty literal's form. */
function tagText(empty: Term): string {
  return literalToNTriples(empty as Literal).slice(2);
}

/**
 * Walks one edition as the description says, handing each triple to a {@link TermKit}: N3 quads
 * for the writers that need terms, or N-Triples text straight away for the stores.
 */
class Emitter<T> {
  private readonly described = new Set<string>();
  private cells = 0;

  constructor(
    readonly iris: IriMaker,
    private readonly tag: string,
    private readonly kit: TermKit<T>,
  ) {}

  /** Says something about a node shared by lists (an instrument, a provision) only once. */
  once(iri: string): boolean {
    if (this.described.has(iri)) return false;
    this.described.add(iri);
    return true;
  }

  /** An RDF list, as JSON-LD's `@list` makes it: a chain of blank cells ending in rdf:nil. */
  list(subject: T, predicate: T, items: readonly T[]): void {
    const kit = this.kit;
    if (items.length === 0) {
      kit.add(subject, predicate, kit.nil);
      return;
    }
    let cell = kit.blank(`b${this.tag}l${this.cells++}`);
    kit.add(subject, predicate, cell);
    for (let i = 0; i < items.length; i++) {
      kit.add(cell, kit.first, items[i] as T);
      if (i === items.length - 1) kit.add(cell, kit.rest, kit.nil);
      else {
        const next = kit.blank(`b${this.tag}l${this.cells++}`);
        kit.add(cell, kit.rest, next);
        cell = next;
      }
    }
  }

  /** A node: its class and fields, unless it is shared and already described. */
  node(plan: NodePlan<QuadField>, value: Value, iri: string, index: number, owner: unknown): T {
    const subject = this.kit.named(iri);
    if (plan.shared && !this.once(iri)) return subject;
    let fields = plan.fields;
    let cls = plan.class;
    if (plan.by !== undefined) {
      const variant = variantOf(plan, value);
      if (!variant) throw new TypeError(`${iri}: a value of no variant of its node`);
      fields = variant.fields;
      cls = variant.class;
    }
    if (cls !== undefined) this.kit.add(subject, this.kit.type, this.kit.named(cls));
    this.fields(fields, value, subject, iri, index, owner);
    return subject;
  }

  fields(
    fields: readonly QuadField[],
    value: Value,
    subject: T,
    iri: string,
    index: number,
    owner: unknown,
  ): void {
    for (const f of fields) {
      const v =
        f.derive === undefined
          ? value[f.name]
          : (f.derive as (...a: unknown[]) => unknown)(value, iri, this.iris, index, owner);
      if (v === undefined) continue;
      if (f.is === NEST) {
        this.fields(f.nest, v as Value, subject, iri, index, owner);
        continue;
      }
      if (f.container === 'one') {
        this.one(f, subject, iri, v, 0, value);
        continue;
      }
      const items = v as readonly unknown[];
      if (f.container === 'set') {
        for (let i = 0; i < items.length; i++) this.one(f, subject, iri, items[i], i, value);
        continue;
      }
      if (items.length === 0 && f.omitEmpty) continue;
      const terms: T[] = new Array(items.length);
      for (let i = 0; i < items.length; i++) terms[i] = this.term(f, iri, items[i], i, value);
      this.list(subject, this.kit.predicate(f), terms);
    }
  }

  /** One value of a field of `subject`: the edge, and the node it leads to in the given order. */
  one(f: QuadField, subject: T, iri: string, v: unknown, i: number, owner: Value): void {
    if (f.is !== NODE || !f.edgeFirst) {
      const object = this.term(f, iri, v, i, owner);
      this.kit.add(subject, this.kit.predicate(f), object);
      return;
    }
    const child = (f.iri as (...a: unknown[]) => string)(iri, v, i, this.iris, owner);
    this.kit.add(subject, this.kit.predicate(f), this.kit.named(child));
    this.node(f.node as NodePlan<QuadField>, v as Value, child, i, owner);
  }

  /** The term of one value; a node's triples are added first. */
  term(f: QuadField, iri: string, v: unknown, i: number, owner: Value): T {
    switch (f.is) {
      case TEXT:
      case TYPED:
      case BOOLEAN:
      case NUMBER:
        return this.kit.literal(f, v);
      case CONCEPT:
        return this.kit.named(f.prefix + (v as string));
      case REF:
        return this.kit.named(this.iris[f.to](v as string));
      case IRI:
        return this.kit.named(v as string);
      case NODE: {
        const child = (f.iri as (...a: unknown[]) => string)(iri, v, i, this.iris, owner);
        return this.node(f.node as NodePlan<QuadField>, v as Value, child, i, owner);
      }
      case NEST:
        throw new TypeError(`${f.name}: a nested object is not one term`);
    }
  }
}

/** N3 terms, each triple a quad in the default graph. */
class QuadKit implements TermKit<Term> {
  readonly quads: Quad[] = [];
  readonly type = namedNode(rdf.type);
  readonly first = namedNode(rdf.first);
  readonly rest = namedNode(rdf.rest);
  readonly nil = namedNode(rdf.nil);
  named(iri: string): Term {
    return namedNode(iri);
  }
  blank(label: string): Term {
    return blankNode(label);
  }
  predicate(f: QuadField): Term {
    return f.predicate;
  }
  literal(f: QuadField, v: unknown): Term {
    if (f.is === NUMBER) return numberLiteral(v as number);
    if (f.is === TEXT) return literal(v as string, f.tag as string | undefined);
    return literal(String(v), f.tag as NamedNode);
  }
  add(subject: Term, predicate: Term, object: Term): void {
    this.quads.push(quad(subject as NamedNode, predicate as NamedNode, object as NamedNode));
  }
}

/**
 * N-Triples text, each term written as `writeLines` writes it (escaped and checked by the same
 * functions), one line per triple, so the bytes are those of the quads written by it.
 */
class NTriplesKit implements TermKit<string> {
  readonly lines: string[] = [];
  get text(): string {
    return this.lines.join('');
  }
  get triples(): number {
    return this.lines.length;
  }
  readonly type = `<${rdf.type}>`;
  readonly first = `<${rdf.first}>`;
  readonly rest = `<${rdf.rest}>`;
  readonly nil = `<${rdf.nil}>`;
  named(iri: string): string {
    return `<${escapeIri(iri)}>`;
  }
  blank(label: string): string {
    return `_:${blankNodeLabel(label)}`;
  }
  predicate(f: QuadField): string {
    return f.predicateText;
  }
  literal(f: QuadField, v: unknown): string {
    if (f.is === NUMBER) return literalToNTriples(numberLiteral(v as number));
    return `"${escapeLiteral(f.is === TEXT ? (v as string) : String(v))}"${f.tagText}`;
  }
  add(subject: string, predicate: string, object: string): void {
    this.lines.push(`${subject} ${predicate} ${object} .\n`);
  }
}

/**
 * The quads of one list edition under the qingdan vocabulary, losslessly, as the mapping's
 * description (`listMapping`) says: every field of every section, legal bases with their
 * provisions, citation and quote, resources, extra columns and zh/en labels, and for each duty
 * the CPSV-AP participations and competent authority derived from its offices and departments.
 * Deterministic: the same list gives the same quads in the same order, and list cells are the
 * only blank nodes, labelled from the edition and their order. Read back with
 * {@link dutyListFromQuads}.
 *
 * @example
 * ```ts
 * const quads = dutyListToQuads(list, { base: 'https://data.example.org/qingdan/' });
 * new Writer().addQuads(quads);
 * ```
 */
export function dutyListToQuads(list: DutyList, options: ToQuadsOptions): Quad[] {
  const iris = editionIris(options.base, list.division.code, list.id);
  const kit = new QuadKit();
  const e = new Emitter(absoluteIris(iris, list), editionTag(iris.edition), kit);
  e.node(root, list as unknown as Value, iris.edition, 0, undefined);
  return kit.quads;
}

/**
 * One edition as N-Triples text, written straight from the list as the mapping's description
 * says, without making a quad or a term object: the same bytes as {@link dutyListToQuads}
 * written by `writeLines` (and so as `qingdan publish`'s `.nt`), made several times faster, for
 * the stores that read text.
 *
 * @example
 * ```ts
 * const { text, triples } = dutyListToNTriples(list, { base: 'https://data.example.org/qingdan/' });
 * store.load(text, { format: 'application/n-triples', no_transaction: true });
 * ```
 */
export function dutyListToNTriples(
  list: DutyList,
  options: ToQuadsOptions,
): { readonly text: string; readonly triples: number } {
  const iris = editionIris(options.base, list.division.code, list.id);
  const kit = new NTriplesKit();
  const e = new Emitter(absoluteIris(iris, list), editionTag(iris.edition), kit);
  e.node(root, list as unknown as Value, iris.edition, 0, undefined);
  return { text: kit.text, triples: kit.triples };
}

/**
 * Options of {@link describedQuads}.
 *
 * @example
 * ```ts
 * const options: DescribedQuadsOptions = { base, root: (iris) => catalogIri(iris.base) };
 * ```
 */
export interface DescribedQuadsOptions extends ToQuadsOptions {
  /** The IRI of the root node; the edition's by default. */
  readonly root?: (iris: EditionIris) => string;
}

/**
 * The quads of an edition as another description than `listMapping` says, written by the same
 * interpreter: a profile of the list (CPSV-AP's is `cpsvCatalogMapping`), whose root node is
 * written from `value` and whose IRIs are the edition's.
 *
 * @example
 * ```ts
 * const quads = describedQuads(cpsvCatalogMapping, { list, generic: () => undefined }, list, {
 *   base, root: (iris) => catalogIri(iris.base),
 * });
 * ```
 */
export function describedQuads(
  mapping: NodeMapping,
  value: object,
  list: DutyList,
  options: DescribedQuadsOptions,
): Quad[] {
  const iris = editionIris(options.base, list.division.code, list.id);
  const kit = new QuadKit();
  const e = new Emitter(absoluteIris(iris, list), editionTag(iris.edition), kit);
  const root = options.root?.(iris) ?? iris.edition;
  e.node(planOf(mapping), value as Value, root, 0, undefined);
  return kit.quads;
}
