/**
 * Every kind of issue the library reports. Codes are stable: tools may match on them.
 *
 * - Shape of the input: `invalid-type`, `missing-field`, `unknown-field`, `invalid-value`,
 *   `invalid-format`, `too-small`, `too-big`, `invalid-section`.
 * - Invariants: see {@link InvariantNumber} for the numbering.
 * - Integrity: references that point nowhere.
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
] as const;

/** A stable identifier of a kind of issue. */
export type IssueCode = (typeof issueCodes)[number];
