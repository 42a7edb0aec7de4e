import { type Issue, makeIssue, textHazardIssues } from '@qingdan/core';
import { escapeIri, UnwritableTermError } from '../serialize/escape.js';
import type { CatalogDescription } from './catalog.js';

type Reason = 'not-absolute' | 'iri-character' | 'not-email' | 'text-hazard';

/** Why `iri` cannot be the object of a catalog triple, or `undefined`. */
function iriReason(iri: string): Reason | undefined {
  try {
    escapeIri(iri);
  } catch (error) {
    if (error instanceof UnwritableTermError) return 'iri-character';
    throw error;
  }
  // A relative reference would be resolved against wherever the catalog is read from.
  return /^[A-Za-z][A-Za-z0-9+.-]*:/.test(iri) ? undefined : 'not-absolute';
}

/** One `@`, something on each side, nothing an address or a `mailto:` IRI cannot hold. */
const email = /^[^\s@<>"()[\]\\,;:]+@[^\s@<>"()[\]\\,;:]+$/u;

/**
 * The `catalog-description-invalid` issue for the first value of a catalog's description that
 * cannot be written (a licence or contact page that is not an absolute IRI, an e-mail address
 * that is not one, a publisher named with characters no list text may hold), or `undefined`. Checked before any list is read, so that a publication does
 * not fail at its very end, on the catalog.
 *
 * @example
 * ```ts
 * checkCatalogDescription({ ...defaultCatalogDescription(base), licence: 'CC BY' });
 * // { code: 'catalog-description-invalid', params: { field: 'licence', value: 'CC BY', reason: 'iri-character' }, … }
 * ```
 */
export function checkCatalogDescription(
  description: CatalogDescription,
): Issue<'catalog-description-invalid'> | undefined {
  const { licence, contact, publisher } = description;
  const problem = (
    field: 'licence' | 'contact' | 'publisher',
    value: string,
    reason: Reason | undefined,
  ) =>
    reason === undefined
      ? undefined
      : makeIssue('catalog-description-invalid', 'error', [], { field, value, reason });
  return (
    problem('licence', licence, iriReason(licence)) ??
    (contact.url === undefined
      ? undefined
      : problem('contact', contact.url, iriReason(contact.url))) ??
    (contact.email === undefined
      ? undefined
      : problem(
          'contact',
          contact.email,
          email.test(contact.email) ? iriReason(`mailto:${contact.email}`) : 'not-email',
        )) ??
    // The publisher's name is text a reader sees, held to the rule of every text in a list.
    problem(
      'publisher',
      publisher,
      textHazardIssues(publisher, []).some((i) => i.severity === 'error')
        ? 'text-hazard'
        : undefined,
    )
  );
}
