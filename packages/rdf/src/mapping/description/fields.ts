import type { ConceptScheme, ParticipationRole } from '@qingdan/core';
import type {
  Derive,
  Fields,
  IriTemplate,
  NestField,
  NodeMapping,
  RefTarget,
  TermKind,
  ValueField,
} from './types.js';

// Small constructors, so that the description reads as a table: one line a field.

const one = (predicate: string, term: TermKind): ValueField<'one', false> => ({
  kind: 'value',
  predicate,
  term,
  container: 'one',
  optional: false,
});

/**
 * A string literal, plain or with a language tag.
 *
 * @example
 * ```ts
 * text(skos.prefLabel, 'zh');
 * ```
 */
export const text = (predicate: string, language?: 'zh' | 'en') =>
  one(predicate, language === undefined ? { is: 'text' } : { is: 'text', language });

/**
 * A string as the lexical form of a datatype.
 *
 * @example
 * ```ts
 * typed(dct.issued, xsd.date);
 * ```
 */
export const typed = (predicate: string, datatype: string) =>
  one(predicate, { is: 'typed', datatype });

/**
 * A boolean, as `xsd:boolean`.
 *
 * @example
 * ```ts
 * boolean(qd.template);
 * ```
 */
export const boolean = (predicate: string) => one(predicate, { is: 'boolean' });

/**
 * A number, as JSON-LD makes it: `xsd:integer` when whole, `xsd:double` otherwise.
 *
 * @example
 * ```ts
 * number(qd.headcount);
 * ```
 */
export const number = (predicate: string) => one(predicate, { is: 'number' });

/**
 * A code of a code list, as the IRI of its concept.
 *
 * @example
 * ```ts
 * concept(qd.powerCategory, powerCategoryScheme);
 * ```
 */
export const concept = (predicate: string, scheme: ConceptScheme) =>
  one(predicate, { is: 'concept', scheme });

/**
 * A key, as the IRI of what it names; with `participation`, the body takes part in the duty in
 * that role.
 *
 * @example
 * ```ts
 * list(ref(qd.leadDepartments, 'department', { role: 'lead', competentAuthority: true }));
 * ```
 */
export const ref = (
  predicate: string,
  to: RefTarget,
  participation?: { readonly role: ParticipationRole; readonly competentAuthority?: boolean },
): ValueField<'one', false> =>
  participation === undefined
    ? one(predicate, { is: 'ref', to })
    : {
        ...one(predicate, { is: 'ref', to }),
        participation: {
          role: participation.role,
          competentAuthority: participation.competentAuthority ?? false,
        },
      };

/**
 * A derived value that is already an IRI.
 *
 * @example
 * ```ts
 * derived(iri(eli.is_part_of), (p, _iri, iris, _i, basis) => provisionParentIri(…));
 * ```
 */
export const iri = (predicate: string) => one(predicate, { is: 'iri' });

/**
 * A value with fields of its own: a node, whose IRI `iriOf` makes.
 *
 * @example
 * ```ts
 * node(qd.resources, () => resourcesMapping, (duty) => resourcesIri(duty));
 * ```
 */
export const node = <V = never, O = never>(
  predicate: string,
  mapping: () => NodeMapping,
  iriOf: IriTemplate<V, O>,
  options: { readonly edgeFirst?: boolean; readonly plainRef?: boolean } = {},
) =>
  one(predicate, {
    is: 'node',
    node: mapping,
    iri: iriOf as IriTemplate,
    edgeFirst: options.edgeFirst ?? false,
    plainRef: options.plainRef ?? false,
  });

/**
 * The field as an RDF list of its values (JSON-LD `@list`).
 *
 * @example
 * ```ts
 * list(text(qd.aliases));
 * ```
 */
export const list = <O extends boolean>(field: ValueField<'one', O>): ValueField<'list', O> => ({
  ...field,
  container: 'list',
});

/**
 * The field as a set of triples, one a value (JSON-LD `@set`).
 *
 * @example
 * ```ts
 * set(node(qd.duties, () => dutyMapping, (_s, d, _i, iris) => iris.duty(d.key)));
 * ```
 */
export const set = <O extends boolean>(field: ValueField<'one', O>): ValueField<'set', O> => ({
  ...field,
  container: 'set',
});

/**
 * The field as one the model may leave out.
 *
 * @example
 * ```ts
 * optional(text(qd.code));
 * ```
 */
export function optional<C extends ValueField['container']>(
  field: ValueField<C, false>,
): ValueField<C, true>;
export function optional(field: NestField<false>): NestField<true>;
export function optional(field: ValueField | NestField): ValueField | NestField {
  return { ...field, optional: true };
}

/**
 * The field as one JSON-LD writes right after `@id` and `@type`.
 *
 * @example
 * ```ts
 * leading(optional(typed(qd.listSchema, xsd.anyURI)));
 * ```
 */
export const leading = <F extends ValueField>(field: F): F => ({ ...field, leading: true });

/**
 * A field computed from its node rather than stored in it: written, never read back. With
 * `orders`, it is read back only to order the set the node is in.
 *
 * @example
 * ```ts
 * derived(number(qd.position), (_duty, _iri, _iris, index) => index, { orders: true });
 * ```
 */
export const derived = <C extends ValueField['container'], V = never, O = never>(
  field: ValueField<C, false>,
  derive: Derive<V, O>,
  options: { readonly orders?: boolean } = {},
): ValueField<C, false> => ({
  ...field,
  derive: derive as Derive,
  ...(options.orders ? { orders: true } : {}),
});

/**
 * An object whose fields go on the same node: JSON-LD's `@nest`, or a language map.
 *
 * @example
 * ```ts
 * nest('@nest', { title: text(dct.title, 'zh') });
 * ```
 */
export const nest = (as: NestField['as'], fields: Fields): NestField<false> => ({
  kind: 'nest',
  as,
  fields,
  optional: false,
});
