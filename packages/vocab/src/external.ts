/**
 * The namespaces of the other vocabularies the published graphs, the catalog and the shapes use,
 * by their usual prefix. Each is typed once, here: the term constants below, the Turtle prefixes
 * and the catalog's terms are all made from these.
 *
 * @example
 * ```ts
 * `${namespaces.dcat}Dataset`; // 'http://www.w3.org/ns/dcat#Dataset'
 * ```
 */
export const namespaces = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dct: 'http://purl.org/dc/terms/',
  dcat: 'http://www.w3.org/ns/dcat#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  prov: 'http://www.w3.org/ns/prov#',
  foaf: 'http://xmlns.com/foaf/0.1/',
  spdx: 'http://spdx.org/rdf/terms#',
  sh: 'http://www.w3.org/ns/shacl#',
  eli: 'http://data.europa.eu/eli/ontology#',
  cv: 'http://data.europa.eu/m8g/',
  cpsv: 'http://purl.org/vocab/cpsv#',
  adms: 'http://www.w3.org/ns/adms#',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  /** IANA's registry of media types, whose entries DCAT's `dcat:mediaType` points at. */
  ianaMediaTypes: 'https://www.iana.org/assignments/media-types/',
} as const;

const {
  rdf: rdfNs,
  xsd: xsdNs,
  skos: skosNs,
  dct: dctNs,
  eli: eliNs,
  cv: cvNs,
  cpsv: cpsvNs,
  adms: admsNs,
  dcat: dcatNs,
  foaf: foafNs,
} = namespaces;

/**
 * The IRIs of terms of other vocabularies that the qingdan mapping uses: RDF, XSD, SKOS, Dublin
 * Core terms, ELI and CPSV-AP's Core Vocabularies, made from {@link namespaces}.
 *
 * @example
 * ```ts
 * rdf.type; // 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
 * ```
 */
export const rdf = {
  type: `${rdfNs}type`,
  first: `${rdfNs}first`,
  rest: `${rdfNs}rest`,
  nil: `${rdfNs}nil`,
  langString: `${rdfNs}langString`,
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
  string: `${xsdNs}string`,
  boolean: `${xsdNs}boolean`,
  integer: `${xsdNs}integer`,
  double: `${xsdNs}double`,
  date: `${xsdNs}date`,
  anyURI: `${xsdNs}anyURI`,
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
  Concept: `${skosNs}Concept`,
  ConceptScheme: `${skosNs}ConceptScheme`,
  prefLabel: `${skosNs}prefLabel`,
  altLabel: `${skosNs}altLabel`,
  notation: `${skosNs}notation`,
  inScheme: `${skosNs}inScheme`,
  definition: `${skosNs}definition`,
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
  identifier: `${dctNs}identifier`,
  title: `${dctNs}title`,
  description: `${dctNs}description`,
  issued: `${dctNs}issued`,
  type: `${dctNs}type`,
  spatial: `${dctNs}spatial`,
  publisher: `${dctNs}publisher`,
  hasPart: `${dctNs}hasPart`,
  isPartOf: `${dctNs}isPartOf`,
  Location: `${dctNs}Location`,
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
  LegalResource: `${eliNs}LegalResource`,
  LegalResourceSubdivision: `${eliNs}LegalResourceSubdivision`,
  is_part_of: `${eliNs}is_part_of`,
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
  Participation: `${cvNs}Participation`,
  hasParticipation: `${cvNs}hasParticipation`,
  hasParticipant: `${cvNs}hasParticipant`,
  role: `${cvNs}role`,
  hasCompetentAuthority: `${cvNs}hasCompetentAuthority`,
  PublicOrganisation: `${cvNs}PublicOrganisation`,
  hasLegalResource: `${cvNs}hasLegalResource`,
  thematicArea: `${cvNs}thematicArea`,
  isClassifiedBy: `${cvNs}isClassifiedBy`,
} as const;

/**
 * The Core Public Service Vocabulary's own terms: the class of a public service, which the
 * CPSV-AP profile describes each duty as.
 *
 * @example
 * ```ts
 * cpsv.PublicService; // 'http://purl.org/vocab/cpsv#PublicService'
 * ```
 */
export const cpsv = {
  PublicService: `${cpsvNs}PublicService`,
} as const;

/**
 * ADMS terms: the status of a public service.
 *
 * @example
 * ```ts
 * adms.status; // 'http://www.w3.org/ns/adms#status'
 * ```
 */
export const adms = {
  status: `${admsNs}status`,
} as const;

/**
 * DCAT terms for an edition as a dataset in a catalog.
 *
 * @example
 * ```ts
 * dcat.Dataset; // 'http://www.w3.org/ns/dcat#Dataset'
 * ```
 */
export const dcat = {
  Catalog: `${dcatNs}Catalog`,
  Dataset: `${dcatNs}Dataset`,
  dataset: `${dcatNs}dataset`,
} as const;

/**
 * FOAF terms: an agent, as CPSV-AP's participants and publishers are typed.
 *
 * @example
 * ```ts
 * foaf.Agent; // 'http://xmlns.com/foaf/0.1/Agent'
 * ```
 */
export const foaf = {
  Agent: `${foafNs}Agent`,
} as const;
