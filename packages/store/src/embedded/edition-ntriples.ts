import type { DutyList } from '@qingdan/core';
import { dutyListToQuads, editionIris, LineWriter } from '@qingdan/rdf';

/**
 * An edition as N-Triples text in chunks of about 64 K characters, made as they are read: the
 * quads are written one by one, so only a chunk of text is held at a time besides the list.
 * `triples` is known once the chunks have all been read.
 *
 * @example
 * ```ts
 * const nt = editionNTriples(list, 'https://data.example.org/qingdan/');
 * store.load(nt.chunks, { format: 'application/n-triples', no_transaction: true });
 * nt.triples(); // 1520
 * ```
 */
export function editionNTriples(
  list: DutyList,
  base: string,
): {
  readonly graph: string;
  readonly chunks: Iterable<string>;
  /** How many triples the chunks held, once they have all been read. */
  readonly triples: () => number;
} {
  let count = 0;
  function* chunks(): Generator<string> {
    const pending: string[] = [];
    const writer = new LineWriter((text) => pending.push(text), { graphs: false });
    for (const quad of dutyListToQuads(list, { base })) {
      writer.add(quad);
      count++;
      while (pending.length > 0) yield pending.shift() as string;
    }
    writer.end();
    yield* pending;
  }
  return {
    graph: editionIris(base, list.division.code, list.id).edition,
    chunks: { [Symbol.iterator]: chunks },
    triples: () => count,
  };
}
