/**
 * The permanent namespace of the qingdan vocabulary's classes and properties.
 *
 * @example
 * ```ts
 * `${qingdanNamespace}Duty`; // 'https://w3id.org/qingdan/ns#Duty'
 * ```
 */
export const qingdanNamespace = 'https://w3id.org/qingdan/ns#';

/**
 * The root under which every code list (SKOS concept scheme) of the vocabulary lives.
 *
 * @example
 * ```ts
 * schemeIri('power-category'); // 'https://w3id.org/qingdan/scheme/power-category'
 * ```
 */
export const schemeRoot = 'https://w3id.org/qingdan/scheme/';

/**
 * The IRI of a code list, from its id in `@qingdan/core`.
 *
 * @example
 * ```ts
 * schemeIri('list-status'); // 'https://w3id.org/qingdan/scheme/list-status'
 * ```
 */
export function schemeIri(schemeId: string): string {
  return `${schemeRoot}${schemeId}`;
}

/**
 * The IRI of a concept of a code list: `{scheme}/{code}`. Codes are fixed, kebab- or camel-case
 * ASCII, so they need no encoding.
 *
 * @example
 * ```ts
 * conceptIri('list-status', 'published'); // 'https://w3id.org/qingdan/scheme/list-status/published'
 * ```
 */
export function conceptIri(schemeId: string, code: string): string {
  return `${schemeRoot}${schemeId}/${code}`;
}
