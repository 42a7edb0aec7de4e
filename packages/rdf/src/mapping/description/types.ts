import type { ConceptScheme, ParticipationRole, Provision } from '@qingdan/core';

/**
 * The IRIs a consumer of the description makes for one edition: absolute ones for quads,
 * references relative to the document for JSON-LD. Templates of the description call these for
 * what a list names by key and for instruments; the rest they make from the IRI of the node that
 * holds them with the functions of `iri/scheme.ts`.
 *
 * @example
 * ```ts
 * const iris: IriMaker = { edition, duty: e.duty, office: e.office, department: e.department,
 *   domain: (c) => domainIri(e, list, c), instrument: (t) => instrumentIri(e.base, { title: t }), provision: provisionIri };
 * ```
 */
export interface IriMaker {
  readonly edition: string;
  /** The IRI of the duty with this key. */
  duty(key: string): string;
  /** The IRI of the township office with this key. */
  office(key: string): string;
  /** The IRI of the county department with this key. */
  department(key: string): string;
  /** A duty's domain: of the list's own scheme when it has one, of the default scheme else. */
  domain(code: string): string;
  /** The IRI of the legal instrument with this title. */
  instrument(title: string): string;
  /** The IRI of one provision of the instrument whose IRI is given. */
  provision(instrument: string, provision: Provision): string;
}

/**
 * What a key of a reference field names: one of the edition's offices or departments, or a
 * domain.
 *
 * @example
 * ```ts
 * const to: RefTarget = 'department';
 * ```
 */
export type RefTarget = 'office' | 'department' | 'domain';

/**
 * The IRI of a node held by a field, from the IRI of the node that holds it (`subject`), the
 * value, its place in a list or set, the edition's IRIs and the value that holds it (`owner`).
 *
 * @example
 * ```ts
 * const basis: IriTemplate<LegalBasis> = (duty, _basis, index) => basisIri(duty, index);
 * ```
 */
export type IriTemplate<V = never, O = never> = (
  subject: string,
  value: V,
  index: number,
  iris: IriMaker,
  owner: O,
) => string;

/**
 * How a derived field is computed from the value of its node (`value`), the node's IRI, the
 * edition's IRIs, the node's place in its list or set and the value that holds the node.
 *
 * @example
 * ```ts
 * const position: Derive<Duty> = (_duty, _iri, _iris, index) => index;
 * ```
 */
export type Derive<V = never, O = never> = (
  value: V,
  iri: string,
  iris: IriMaker,
  index: number,
  owner: O,
) => unknown;

/**
 * How one value of a field becomes one RDF term:
 *
 * - `text`: a string literal, plain or with a language tag;
 * - `typed`: the string as the lexical form of a datatype (`xsd:date`, `xsd:anyURI`);
 * - `boolean`, `number`: `xsd:boolean`; `xsd:integer` or `xsd:double` as JSON-LD makes them;
 * - `concept`: a code, as the IRI of its concept in a code list;
 * - `ref`: a key, as the IRI of the office, department or domain it names;
 * - `iri`: a derived value that is already an IRI;
 * - `node`: a value with fields of its own, a node of the graph with an IRI from `iri`.
 *
 * @example
 * ```ts
 * const term: TermKind = { is: 'text', language: 'zh' };
 * ```
 */
export type TermKind =
  | { readonly is: 'text'; readonly language?: 'zh' | 'en' }
  | { readonly is: 'typed'; readonly datatype: string }
  | { readonly is: 'boolean' }
  | { readonly is: 'number' }
  | { readonly is: 'concept'; readonly scheme: ConceptScheme }
  | { readonly is: 'ref'; readonly to: RefTarget }
  | { readonly is: 'iri' }
  | NodeTerm;

/**
 * A field whose value is a node of its own.
 *
 * @example
 * ```ts
 * const term: NodeTerm = { is: 'node', node: () => resourcesMapping, iri: resourcesIri, edgeFirst: false, plainRef: false };
 * ```
 */
export interface NodeTerm {
  readonly is: 'node';
  /** The node's description; a function, so that a node may hold one of its own kind. */
  readonly node: () => NodeMapping;
  readonly iri: IriTemplate<never, never>;
  /**
   * Whether the quads give the edge to the node before the node's own quads, or after them.
   * Only the order of lines in N-Triples depends on it; it is kept so published files do not
   * change.
   */
  readonly edgeFirst: boolean;
  /**
   * For a shared node described once per edition: whether JSON-LD writes its later occurrences
   * as a plain IRI string (the term coerces to `@id`) rather than as `{ "@id": … }`.
   */
  readonly plainRef: boolean;
}

/**
 * How a field holds its values: one value, an RDF list (order kept; JSON-LD `@list`) or a set
 * of triples (JSON-LD `@set`).
 *
 * @example
 * ```ts
 * const container: Container = 'list';
 * ```
 */
export type Container = 'one' | 'list' | 'set';

/**
 * A body a field names, and in what role it takes part in the duty (CPSV-AP `cv:Participation`),
 * and whether it is the duty's competent authority (`cv:hasCompetentAuthority`).
 *
 * @example
 * ```ts
 * const lead: ParticipationOf = { role: 'lead', competentAuthority: true };
 * ```
 */
export interface ParticipationOf {
  readonly role: ParticipationRole;
  readonly competentAuthority: boolean;
}

/**
 * A field that becomes triples of its node: its predicate, its term kind, its container, whether
 * the model may leave it out, and, when it is derived rather than stored, how it is computed.
 * A derived field is written and never read back.
 *
 * An optional list keeps an empty list (`rdf:nil`, `[]` in JSON-LD); a list the model always
 * has (empty by default) is left out when empty and read back as empty when absent.
 *
 * @example
 * ```ts
 * const name: ValueField = text(skos.prefLabel, 'zh');
 * ```
 */
export interface ValueField<C extends Container = Container, O extends boolean = boolean> {
  readonly kind: 'value';
  readonly predicate: string;
  readonly term: TermKind;
  readonly container: C;
  readonly optional: O;
  readonly derive?: Derive<never, never>;
  /** When the keys of a reference field name bodies taking part in the duty. */
  readonly participation?: ParticipationOf;
  /** JSON-LD writes this field right after `@id` and `@type`, where a JSON file has it. */
  readonly leading?: boolean;
  /** Read back only to order the set that holds the node (a duty's `position`). */
  readonly orders?: boolean;
}

/**
 * A field whose value is an object whose own fields go on the same node: JSON-LD's `@nest`
 * (a legal basis's `instrument`) or a language map (`{ zh, en }` of one predicate).
 *
 * @example
 * ```ts
 * const label: NestField = nest('@language', { zh: text(skos.prefLabel, 'zh'), en: optional(text(skos.prefLabel, 'en')) });
 * ```
 */
export interface NestField<O extends boolean = boolean> {
  readonly kind: 'nest';
  readonly as: '@nest' | '@language';
  readonly fields: Fields;
  readonly optional: O;
}

/**
 * A field of a node's description.
 *
 * @example
 * ```ts
 * const f: Field = optional(text(qd.code));
 * ```
 */
export type Field = ValueField | NestField;

/**
 * The fields of a node, by the name the model and the JSON-LD document give them, in the order
 * they are written.
 *
 * @example
 * ```ts
 * const fields: Fields = { header: text(qd.header), value: text(qd.value) };
 * ```
 */
export type Fields = { readonly [name: string]: Field };

/**
 * One kind of node: its class, whether it is shared by the lists citing it (described once per
 * edition), its fields, and, for a value that comes in variants, each variant's own fields.
 *
 * @example
 * ```ts
 * const column: NodeMapping = { class: qd.ExtraColumn, fields: { header: text(qd.header), value: text(qd.value) } };
 * ```
 */
export interface NodeMapping {
  /** The node's class; absent when each variant names its own. */
  readonly class?: string;
  readonly shared?: boolean;
  /** Fields before the variant's own. */
  readonly fields: Fields;
  readonly variants?: Variants;
  /** Fields after the variant's own. */
  readonly after?: Fields;
}

/**
 * The variants of a node: `by` names the model's field that says which (a duty's `section`,
 * whose variants have classes of their own, written as the node's type), or is a test of the
 * value (a legal basis: text or structured); a reader then takes the first variant the node has
 * a value for, else the last.
 *
 * @example
 * ```ts
 * const v: Variants = { by: 'section', table: { basic: { class: qd.BasicDuty, fields: {} } } };
 * ```
 */
export interface Variants {
  /** The field naming the variant, or a function telling it from the value. */
  readonly by: string | ((value: never) => string);
  readonly table: { readonly [variant: string]: Variant };
}

/**
 * One variant of a node: its class, when variants have their own, and its own fields.
 *
 * @example
 * ```ts
 * const v: Variant = { class: qd.ProhibitedItem, fields: { prohibitionReason: optional(text(qd.prohibitionReason)) } };
 * ```
 */
export interface Variant {
  readonly class?: string;
  readonly fields: Fields;
}

/** Whether the model may leave a key of `T` out. */
type IsOptional<T, K extends keyof T> = Partial<Pick<T, K>> extends Pick<T, K> ? true : false;

/** The field a value of type `V` can have: a list or set for an array, one value otherwise. */
type FieldFor<V> = V extends readonly unknown[] ? ValueField<'list' | 'set'> : Field;

/**
 * The fields of a node for a model type `T`: every key of `T`, each with a field of a fitting
 * container and `optional` exactly when `T` may leave it out, and any derived fields besides. A
 * field added to the model and not described here fails to compile.
 *
 * @example
 * ```ts
 * const fields = { header: text(qd.header), value: text(qd.value) } satisfies FieldsOf<ExtraColumn>;
 * ```
 */
export type FieldsOf<T> = {
  readonly [K in keyof T]-?: FieldFor<NonNullable<T[K]>> & { readonly optional: IsOptional<T, K> };
} & Fields;
