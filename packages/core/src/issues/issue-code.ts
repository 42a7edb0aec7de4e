/**
 * Every kind of issue the library reports. Codes are stable: tools may match on them.
 *
 * - Shape of the input: `invalid-type`, `missing-field`, `unknown-field`, `invalid-value`,
 *   `invalid-format`, `too-small`, `too-big`, `invalid-section`.
 * - Text: bytes that are not Unicode (`text-encoding-…`), characters no text should hold
 *   (`text-…-character`, `text-bidi-control`, `text-lone-surrogate`), and blank text.
 * - Invariants: see {@link InvariantNumber} for the numbering.
 * - Integrity: references that point nowhere.
 *
 * @example
 * ```ts
 * issueCodes.includes('duplicate-key'); // true
 * ```
 */
export const issueCodes = [
  // the shape of the input
  'invalid-type',
  'missing-field',
  'unknown-field',
  'invalid-value',
  'invalid-format',
  'too-small',
  'too-big',
  'invalid-section',
  'section-not-in-list-kind',
  'invalid-credit-code',
  'invalid-division-code',
  // text and its encoding, in any field of any file read
  'text-encoding-invalid',
  'text-encoding-converted',
  'text-control-character',
  'text-bidi-control',
  'text-lone-surrogate',
  'text-invisible-character',
  'text-replacement-character',
  'text-blank',
  // invariant 1
  'cooperating-lead-department-missing',
  // invariant 2
  'delegated-resources-missing',
  'assisting-resources-missing',
  // invariant 3
  'reclaimed-receiving-unit-missing',
  // invariant 4
  'basic-office-missing',
  // invariant 5
  'legal-basis-unstructured',
  'basic-legal-basis-missing',
  // invariant 6
  'duplicate-key',
  'duplicate-code',
  // integrity of references
  'unknown-office',
  'unknown-department',
  'unknown-domain',
  'duplicate-office-key',
  'duplicate-department-key',
  'duplicate-domain-code',
  // editions
  'not-publishable',
  // legal citations in free text
  'citation-unparsed',
  'citation-title-unclosed',
  'citation-instrument-missing',
  'citation-provision-invalid',
  'citation-rank-unknown',
  'citation-open-ended',
  // amendments
  'amendment-unknown-duty',
  'amendment-duplicate-duty',
  'amendment-key-changed',
  'amendment-not-moved',
  'amendment-section-changed',
  'amendment-no-departments',
  'amendment-unknown-position',
  'amendment-order-mismatch',
  // admission
  'admission-procedure-start',
  'admission-transition-illegal',
  'admission-step-date-backwards',
  'admission-not-admitted',
  'admission-rule-duplicate',
  'admission-rule-operator-mismatch',
  // spreadsheets (import and export)
  'spreadsheet-unreadable',
  'spreadsheet-limit-exceeded',
  'spreadsheet-external-link',
  'spreadsheet-formula-without-value',
  'spreadsheet-header-not-found',
  'spreadsheet-section-unknown',
  'spreadsheet-cell-required',
  'spreadsheet-value-unknown',
  'spreadsheet-encoding-invalid',
  'spreadsheet-profile-invalid',
  'spreadsheet-key-disambiguated',
  'spreadsheet-list-field-assumed',
  // spreadsheets: every row accounted for, files that are not spreadsheets, profiles
  'spreadsheet-csv-malformed',
  'spreadsheet-not-a-spreadsheet',
  'spreadsheet-empty',
  'spreadsheet-info-sheet-differs',
  'spreadsheet-merge-across-columns',
  'spreadsheet-profile-pattern-rejected',
  // publishing as linked data
  'duplicate-edition',
  'unwritable-text',
  'shacl-violation',
  // reading linked data back
  'rdf-edition-missing',
  'rdf-editions-several',
  'rdf-value-unreadable',
  // comparing lists
  'duplicate-list-id',
  // files and paths: what a command reads and writes
  'file-not-found',
  'file-unreadable',
  'file-unwritable',
  'output-refused',
  'base-iri-invalid',
  // reading list files
  'alias-expansion-too-large',
  // the CPSV-AP profile: graphs checked against the official shapes
  'cpsv-violation',
  'cpsv-graph-unreadable',
  // building a site from a published folder
  'rdf-syntax-invalid',
  // querying and pushing to SPARQL stores
  'sparql-query-invalid',
  'saved-query-unknown',
  'query-format-unsupported',
  'published-folder-unreadable',
  'sparql-endpoint-refused',
  'sparql-endpoint-unreachable',
  'sparql-count-mismatch',
  // a sheet that holds only notes (填表说明), no table
  'spreadsheet-sheet-notes-only',
  // the DCAT catalog's description given to publish and site
  'catalog-description-invalid',
  // a query whose answer outgrows the embedded store's memory
  'sparql-answer-too-large',
  // a list, request or configuration file that holds nothing (empty, blank or only comments)
  'file-empty',
  // a value longer than a spreadsheet cell can hold
  'spreadsheet-cell-too-long',
  // the list export kept beside the cells, changed or damaged since
  'spreadsheet-stored-list-unreadable',
  // a JSON-LD document (published linked data) given where a list or other data file is read
  'file-is-linked-data',
  // a file of another kind (an admission request where a list is read, …) given in its place
  'file-is-other-kind',
  // two lists diffed that are not two editions of one list in order
  'diff-lists-of-different-divisions',
  'diff-editions-reversed',
  // lists too large for the embedded store's memory
  'embedded-store-full',
  // a query that ran past the time the SPARQL endpoint gives one
  'sparql-query-timeout',
  // the thread answering queries stopped
  'sparql-query-failed',
] as const;

/**
 * A stable identifier of a kind of issue.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'basic-office-missing';
 * ```
 */
export type IssueCode = (typeof issueCodes)[number];
