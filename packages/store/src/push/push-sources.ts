import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DutyList } from '@qingdan/core';
import { catalogFiles, catalogIri, catalogQuads, quadsToNTriples } from '@qingdan/rdf';
import { namedNode } from 'oxigraph';
import { editionNTriples } from '../embedded/edition-ntriples.js';
import { EditionStore } from '../embedded/edition-store.js';
import { loadPublishedFolder } from '../embedded/published-folder.js';
import type { PushGraph } from './push-graphs.js';

/**
 * The graphs `push` sends for lists: each edition's N-Triples (the bytes `qingdan publish`
 * writes to its `.nt`), and a DCAT catalog of them recording each one's SHA-256, dated by the
 * newest edition so that the same lists always give the same catalog.
 *
 * @example
 * ```ts
 * const graphs = listPushGraphs(lists, 'https://data.example.org/qingdan/');
 * ```
 */
export function listPushGraphs(lists: readonly DutyList[], base: string): PushGraph[] {
  const graphs: PushGraph[] = [];
  const editions = lists.map((list) => {
    const nt = editionNTriples(list, base);
    const ntriples = [...nt.chunks].join('');
    graphs.push({ iri: nt.graph, ntriples, kind: 'edition' });
    return {
      list,
      distributions: [
        {
          format: 'nt' as const,
          bytes: Buffer.byteLength(ntriples),
          sha256: createHash('sha256').update(ntriples, 'utf8').digest('hex'),
        },
      ],
    };
  });
  const modified =
    lists
      .map((l) => l.issued ?? '')
      .sort()
      .at(-1) || '1970-01-01';
  graphs.push({
    iri: catalogIri(base),
    ntriples: quadsToNTriples(catalogQuads(editions, { base, modified })),
    kind: 'catalog',
  });
  return graphs;
}

function filesEnding(folder: string, ending: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ending))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * The graphs `push` sends for a folder `qingdan publish` wrote: each edition's `.nt` file as it
 * is (so its SHA-256 is the one the catalog records), named by the graph of its `.nq`, and the
 * catalog.
 *
 * @example
 * ```ts
 * const graphs = publishedPushGraphs('out/examples');
 * ```
 */
export function publishedPushGraphs(folder: string): PushGraph[] {
  const store = new EditionStore();
  const [catalog] = loadPublishedFolder(store, folder);
  const graphs: PushGraph[] = [];
  for (const nq of filesEnding(folder, '.nq')) {
    const quads = readFileSync(nq, 'utf8');
    const graph = /<([^>]*)> \.\r?$/mu.exec(quads)?.[1];
    if (graph === undefined) continue;
    const ntFile = `${nq.slice(0, -3)}.nt`;
    const ntriples = existsSync(ntFile)
      ? readFileSync(ntFile, 'utf8')
      : quads.replace(/ <[^>]*> \.(\r?)$/gmu, ' .$1');
    graphs.push({ iri: graph, ntriples, kind: 'edition' });
  }
  if (catalog && existsSync(join(folder, catalogFiles.ttl)))
    graphs.push({
      iri: catalog.graph,
      ntriples: store.store.dump({
        format: 'application/n-triples',
        from_graph_name: namedNode(catalog.graph),
      }),
      kind: 'catalog',
    });
  return graphs;
}
