import type { DutyList } from '@qingdan/core';
import { domainIri, type EditionIris, instrumentIri, provisionIri } from '../iri/index.js';
import type { IriMaker } from './description/index.js';

/**
 * The absolute IRIs of an edition, for the templates of the mapping's description: what the
 * quads and the SHACL locations are made of.
 *
 * @example
 * ```ts
 * absoluteIris(editionIris(base, list.division.code, list.id), list).office('shsw');
 * ```
 */
export function absoluteIris(iris: EditionIris, list: Pick<DutyList, 'domains'>): IriMaker {
  // Many duties cite the same few instruments, whose key takes some work to find.
  const instruments = new Map<string, string>();
  return {
    edition: iris.edition,
    duty: iris.duty,
    office: iris.office,
    department: iris.department,
    domain: (code) => domainIri(iris, list, code),
    instrument: (title) => {
      let iri = instruments.get(title);
      if (iri === undefined) {
        iri = instrumentIri(iris.base, { title });
        instruments.set(title, iri);
      }
      return iri;
    },
    provision: provisionIri,
  };
}
