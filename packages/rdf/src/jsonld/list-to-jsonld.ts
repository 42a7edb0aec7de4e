import type { DutyList, Provision } from '@qingdan/core';
import { qingdanContextIri } from '@qingdan/vocab';
import {
  domainIri,
  type EditionIris,
  editionIris,
  instrumentIri,
  keyedPrefix,
  provisionIri,
} from '../iri/index.js';
import { iriSegment } from '../iri/segment.js';
import {
  type Container,
  type Derive,
  type Field,
  type IriMaker,
  type IriTemplate,
  listMapping,
  type NodeMapping,
  type RefTarget,
} from '../mapping/description/index.js';
import { type NodePlan, planner, variantOf } from '../mapping/description/plan.js';
import { numberLiteral } from '../mapping/literals.js';

type Json = Record<string, unknown>;

/** Options of {@link dutyListToJsonLd}. */
export interface ToJsonLdOptions {
  /** The base every IRI of the edition is made from, as for `dutyListToQuads`. */
  readonly base: string;
  /**
   * The IRI of the context the document names: the vocabulary's w3id name by default, or the
   * copy a publication carries under its base (`publishedVocabularyIri(base, 'context.jsonld')`).
   */
  readonly context?: string;
}

/**
 * A number as JSON-LD reads it back into the literal the mapping makes: plain JSON for whole
 * numbers (xsd:integer), an explicit xsd:double otherwise, because JSON-LD would round the
 * lexical form to 16 digits where the mapping keeps the shortest exact one.
 */
function number(value: number): unknown {
  // The same test numberLiteral makes, without building a literal for every whole number.
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value;
  return { '@value': numberLiteral(value).value, '@type': 'xsd:double' };
}

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

/** One edition's document in the making: its IRIs, relative to the folder, and what is described. */
class Emitter {
  readonly #described = new Set<string>();
  /** The edition's folder, the document's `@base`: IRIs under it are written relative to it. */
  readonly folder: string;
  /** The folder above {@link folder}, when `../` can reach it, else `undefined`. */
  readonly #parent: string | undefined;
  /** The IRIs the description's templates make, relative to the folder where they can be. */
  readonly iris: IriMaker;

  constructor(iris: EditionIris, list: DutyList) {
    this.folder = iris.edition.slice(0, iris.edition.lastIndexOf('/') + 1);
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
    const edition = this.rel(iris.edition);
    const duties = keyedPrefix(edition, 'duty');
    this.iris = {
      edition,
      duty: (key) => duties + iriSegment(key),
      // Offices, departments and instruments recur on many duties; their IRIs are made once.
      office: memo((key) => this.rel(iris.office(key))),
      department: memo((key) => this.rel(iris.department(key))),
      domain: memo((code) => this.rel(domainIri(iris, list, code))),
      // Instruments and provisions live under the base, beside the division's folder: written
      // as `../eli/cn/…` rather than in full, which a JSON-LD processor resolves to the same IRI.
      instrument: memo((title) => this.rel(instrumentIri(iris.base, { title }))),
      provision: (work, p) => this.provision(work, p),
    };
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

  /** Whether a node shared by lists is described here for the first time (as the mapping does). */
  once(iri: string): boolean {
    if (this.#described.has(iri)) return false;
    this.#described.add(iri);
    return true;
  }
}

// How each kind of value is written, as small numbers so the loop below switches on them cheaply.
const PLAIN = 0;
const NUMBER = 1;
const REF = 2;
const NODE = 3;
const NEST = 4;
type Is = typeof PLAIN | typeof NUMBER | typeof REF | typeof NODE | typeof NEST;

/** A field of the description as JSON-LD writes it. */
interface JsonField {
  readonly name: string;
  readonly is: Is;
  readonly container: Container;
  /** A list or set the model always has (empty by default), or a derived set: left out when empty. */
  readonly omitEmpty: boolean;
  readonly leading: boolean;
  readonly to: RefTarget;
  readonly node: NodePlan<JsonField> | undefined;
  readonly iri: IriTemplate | undefined;
  /** A shared node met again is written as a plain IRI string rather than `{ "@id": … }`. */
  readonly plainRef: boolean;
  readonly derive: Derive | undefined;
  readonly nest: readonly JsonField[];
}

type Plan = (mapping: NodeMapping) => NodePlan<JsonField>;

function jsonField(name: string, f: Field, plan: Plan): JsonField {
  const field: JsonField = {
    name,
    is: PLAIN,
    container: 'one',
    omitEmpty: false,
    leading: false,
    to: 'office',
    node: undefined,
    iri: undefined,
    plainRef: false,
    derive: undefined,
    nest: [],
  };
  if (f.kind === 'nest')
    return {
      ...field,
      is: NEST,
      nest: Object.entries(f.fields).map(([n, g]) => jsonField(n, g, plan)),
    };
  const value = {
    ...field,
    container: f.container,
    // The duties are always written, as the list file always has them; an empty set says nothing.
    omitEmpty:
      f.container === 'list' ? !f.optional : f.container === 'set' && f.derive !== undefined,
    leading: f.leading ?? false,
    derive: f.derive,
  };
  const t = f.term;
  switch (t.is) {
    // Strings, booleans and codes are written as they are: the context gives them their
    // language, datatype or scheme.
    case 'text':
    case 'typed':
    case 'boolean':
    case 'concept':
    case 'iri':
      return value;
    case 'number':
      return { ...value, is: NUMBER };
    case 'ref':
      return { ...value, is: REF, to: t.to };
    case 'node':
      return { ...value, is: NODE, node: plan(t.node()), iri: t.iri, plainRef: t.plainRef };
  }
}

const root = planner(jsonField)(listMapping);

/** The term of a class in the context: its local name (`qd:DutyList` is `DutyList`). */
const classTerms = new Map<string, string>();
function classTerm(cls: string): string {
  let term = classTerms.get(cls);
  if (term === undefined) {
    term = cls.slice(Math.max(cls.lastIndexOf('#'), cls.lastIndexOf('/')) + 1);
    classTerms.set(cls, term);
  }
  return term;
}

type Value = Readonly<Record<string, unknown>>;

/** A node object: `@id`, its type (or its variant, as `section`), then its fields. */
function nodeObject(
  e: Emitter,
  plan: NodePlan<JsonField>,
  value: Value,
  iri: string,
  index: number,
  owner: unknown,
  start: Json = {},
): Json {
  const node = start;
  node['@id'] = iri;
  let fields = plan.fields;
  if (plan.by === undefined) {
    if (plan.class !== undefined) node['@type'] = classTerm(plan.class);
  } else {
    const variant = variantOf(plan, value);
    if (!variant) throw new TypeError(`${iri}: a value of no variant of its node`);
    fields = variant.fields;
    // A duty's section is its type: the context aliases `section` to `@type`.
    if (typeof plan.by === 'string') node[plan.by] = variant.name;
    else if (variant.class !== undefined) node['@type'] = classTerm(variant.class);
  }
  for (const f of fields) if (f.leading) write(e, node, f, value, iri, index, owner);
  for (const f of fields) if (!f.leading) write(e, node, f, value, iri, index, owner);
  return node;
}

function write(
  e: Emitter,
  node: Json,
  f: JsonField,
  value: Value,
  iri: string,
  index: number,
  owner: unknown,
): void {
  const v =
    f.derive === undefined
      ? value[f.name]
      : (f.derive as (...a: unknown[]) => unknown)(value, iri, e.iris, index, owner);
  if (v === undefined) return;
  if (f.is === NEST) {
    const nested: Json = {};
    for (const g of f.nest) write(e, nested, g, v as Value, iri, index, owner);
    node[f.name] = nested;
    return;
  }
  if (f.container === 'one') {
    node[f.name] = one(e, f, v, iri, 0, value);
    return;
  }
  const items = v as readonly unknown[];
  if (items.length === 0 && f.omitEmpty) return;
  // Codes and strings are written as the list holds them, without a copy.
  if (f.is === PLAIN) {
    node[f.name] = items;
    return;
  }
  const out: unknown[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) out[i] = one(e, f, items[i], iri, i, value);
  node[f.name] = out;
}

/** One value of a field as JSON: as it is, a number, an IRI reference or a node object. */
function one(e: Emitter, f: JsonField, v: unknown, iri: string, i: number, owner: Value): unknown {
  switch (f.is) {
    case PLAIN:
      return v;
    case NUMBER:
      return number(v as number);
    case REF:
      return e.iris[f.to](v as string);
    case NODE: {
      const plan = f.node as NodePlan<JsonField>;
      const child = (f.iri as (...a: unknown[]) => string)(iri, v, i, e.iris, owner);
      if (plan.shared && !e.once(child)) return f.plainRef ? child : { '@id': child };
      return nodeObject(e, plan, v as Value, child, i, owner);
    }
    case NEST:
      throw new TypeError(`${f.name}: a nested object is not one value`);
  }
}

/**
 * The JSON-LD document of one list edition, as the mapping's description (`listMapping`) says,
 * compacted under the vocabulary's context (`@context` names it by IRI, with `@base` set to the
 * folder of the edition's IRI), so it reads like the list file: the same field names, section
 * codes and keys, with short relative `@id`s added. Built directly from the list, not by a
 * JSON-LD processor, and equal in meaning to `dutyListToQuads` of the same list: a JSON-LD
 * processor given it (and {@link staticDocumentLoader}) yields an isomorphic graph.
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
  const start: Json = { '@context': [options.context ?? qingdanContextIri, { '@base': e.folder }] };
  return nodeObject(e, root, list as unknown as Value, e.iris.edition, 0, undefined, start);
}
