import type { DutyList } from '@qingdan/core';
import type { PublicationFormat } from './formats.js';

/**
 * Where a file goes inside the output folder: `<division-code>/<edition-id>.<format>`, the same
 * path the edition's IRI has under the base, so that serving the folder at the base makes every
 * edition IRI plus an extension resolve. List ids are keys (letters, digits, `._-`), so they are
 * safe file names as they are.
 *
 * @example
 * ```ts
 * editionFile(list, 'ttl'); // '421127104/wuzu-2024.ttl'
 * ```
 */
export function editionFile(
  list: Pick<DutyList, 'id' | 'division'>,
  format: PublicationFormat,
): string {
  return `${list.division.code}/${list.id}.${format}`;
}

/**
 * The catalog's files at the top of the output folder.
 *
 * @example
 * ```ts
 * catalogFiles.ttl; // 'catalog.ttl'
 * ```
 */
export const catalogFiles = { ttl: 'catalog.ttl', jsonld: 'catalog.jsonld' } as const;
