/**
 * The IRIs of terms of other vocabularies that the qingdan mapping uses: RDF, XSD, SKOS, Dublin
 * Core terms, ELI and CPSV-AP's Core Vocabularies. Each is written once, here.
 *
 * @example
 * ```ts
 * rdf.type; // 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
 * ```
 */
export const rdf = {
  type: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
  first: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#first',
  rest: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#rest',
  nil: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#nil',
} as const;

/**
 * XML Schema datatypes used for literals.
 *
 * @example
 * ```ts
 * xsd.date; // 'http://www.w3.org/2001/XMLSchema#date'
 * ```
 */
export const xsd = {
  string: 'http://www.w3.org/2001/XMLSchema#string',
  boolean: 'http://www.w3.org/2001/XMLSchema#boolean',
  integer: 'http://www.w3.org/2001/XMLSchema#integer',
  double: 'http://www.w3.org/2001/XMLSchema#double',
  date: 'http://www.w3.org/2001/XMLSchema#date',
  anyURI: 'http://www.w3.org/2001/XMLSchema#anyURI',
} as const;

/**
 * SKOS terms for code lists and labels.
 *
 * @example
 * ```ts
 * skos.prefLabel; // 'http://www.w3.org/2004/02/skos/core#prefLabel'
 * ```
 */
export const skos = {
  Concept: 'http://www.w3.org/2004/02/skos/core#Concept',
  ConceptScheme: 'http://www.w3.org/2004/02/skos/core#ConceptScheme',
  prefLabel: 'http://www.w3.org/2004/02/skos/core#prefLabel',
  altLabel: 'http://www.w3.org/2004/02/skos/core#altLabel',
  notation: 'http://www.w3.org/2004/02/skos/core#notation',
  inScheme: 'http://www.w3.org/2004/02/skos/core#inScheme',
  definition: 'http://www.w3.org/2004/02/skos/core#definition',
} as const;

/**
 * Dublin Core terms.
 *
 * @example
 * ```ts
 * dct.identifier; // 'http://purl.org/dc/terms/identifier'
 * ```
 */
export const dct = {
  identifier: 'http://purl.org/dc/terms/identifier',
  title: 'http://purl.org/dc/terms/title',
  description: 'http://purl.org/dc/terms/description',
  issued: 'http://purl.org/dc/terms/issued',
} as const;

/**
 * European Legislation Identifier ontology terms for instruments and their provisions.
 *
 * @example
 * ```ts
 * eli.is_part_of; // 'http://data.europa.eu/eli/ontology#is_part_of'
 * ```
 */
export const eli = {
  LegalResource: 'http://data.europa.eu/eli/ontology#LegalResource',
  LegalResourceSubdivision: 'http://data.europa.eu/eli/ontology#LegalResourceSubdivision',
  is_part_of: 'http://data.europa.eu/eli/ontology#is_part_of',
} as const;

/**
 * Core Vocabularies (CPSV-AP) terms for who takes part in a duty and in what role: each duty's
 * offices and departments as `cv:Participation`s with a `cv:role` from the participation-role
 * scheme, and its `cv:hasCompetentAuthority` where the list makes it clear.
 *
 * @example
 * ```ts
 * cv.hasParticipation; // 'http://data.europa.eu/m8g/hasParticipation'
 * ```
 */
export const cv = {
  Participation: 'http://data.europa.eu/m8g/Participation',
  hasParticipation: 'http://data.europa.eu/m8g/hasParticipation',
  hasParticipant: 'http://data.europa.eu/m8g/hasParticipant',
  role: 'http://data.europa.eu/m8g/role',
  hasCompetentAuthority: 'http://data.europa.eu/m8g/hasCompetentAuthority',
} as const;
