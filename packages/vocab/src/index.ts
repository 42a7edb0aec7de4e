export { qingdanContext } from './context.js';
export { adms, cpsv, cv, dcat, dct, eli, foaf, namespaces, rdf, skos, xsd } from './external.js';
export { conceptIri, qingdanNamespace, schemeIri, schemeRoot } from './namespaces.js';
export { shapesTurtle } from './shapes.js';
export { type QingdanTerm, qd } from './terms.js';
export { schemeTurtles, vocabularyTurtle } from './vocabulary.js';

/**
 * Where the JSON-LD context of the vocabulary is published. Documents name it in `@context`;
 * processors get it from {@link qingdanContext} through a static document loader.
 *
 * @example
 * ```ts
 * const doc = { '@context': qingdanContextIri, '@id': edition };
 * ```
 */
export const qingdanContextIri = 'https://w3id.org/qingdan/context.jsonld';
