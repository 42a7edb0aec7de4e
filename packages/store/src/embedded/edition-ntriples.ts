import type { DutyList } from '@qingdan/core';
import { dutyListToNTriples, editionIris } from '@qingdan/rdf';

/**
 * An edition as N-Triples text, written straight from the list (`dutyListToNTriples`: the bytes
 * `qingdan publish` writes to the edition's `.nt`), with the graph it goes in.
 *
 * @example
 * ```ts
 * const nt = editionNTriples(list, 'https://data.example.org/qingdan/');
 * store.load(nt.text, { format: 'application/n-triples', no_transaction: true });
 * nt.triples; // 1520
 * ```
 */
export function editionNTriples(
  list: DutyList,
  base: string,
): { readonly graph: string; readonly text: string; readonly triples: number } {
  const { text, triples } = dutyListToNTriples(list, { base });
  return { graph: editionIris(base, list.division.code, list.id).edition, text, triples };
}
