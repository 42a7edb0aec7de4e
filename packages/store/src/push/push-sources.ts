import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { type DutyList, makeIssue } from '@qingdan/core';
import { catalogFiles, catalogIri, catalogQuads, quadsToNTriples } from '@qingdan/rdf';
import { namedNode } from 'oxigraph';
import { editionNTriples } from '../embedded/edition-ntriples.js';
import { EditionStore } from '../embedded/edition-store.js';
import { loadPublishedCatalog, nQuadsGraph } from '../embedded/published-folder.js';
import { QueryError } from '../query/query-error.js';
import type { PushGraph } from './push-graphs.js';

/**
 * The graphs `push` sends for lists: each edition's N-Triples (the bytes `qingdan publish`
 * writes to its `.nt`), and a DCAT catalog of them recording each one's SHA-256, dated by the
 * newest edition so that the same lists always give the same catalog. Each edition's text is
 * made here once for its checksum and let go of, and made again when it is pushed, so that
 * memory holds the lists and one edition's text rather than every edition's.
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
    const ntriples = nt.text;
    graphs.push({
      iri: nt.graph,
      kind: 'edition',
      triples: nt.triples,
      get ntriples() {
        return editionNTriples(list, base).text;
      },
    });
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

/** The lines of a file, counted a block at a time. */
function countLines(file: string): number {
  let lines = 0;
  const fd = openSync(file, 'r');
  try {
    const block = Buffer.alloc(1 << 20);
    for (let n = readSync(fd, block); n > 0; n = readSync(fd, block))
      for (let i = block.indexOf(0x0a); i !== -1 && i < n; i = block.indexOf(0x0a, i + 1)) lines++;
  } finally {
    closeSync(fd);
  }
  return lines;
}

/**
 * The graphs `push` sends for a folder `qingdan publish` wrote: each edition's `.nt` file as it
 * is (so its SHA-256 is the one the catalog records), named by the graph of its `.nq`, and the
 * catalog. Each file is read when its graph is pushed, not before.
 *
 * @example
 * ```ts
 * const graphs = publishedPushGraphs('out/examples');
 * ```
 */
export function publishedPushGraphs(folder: string): PushGraph[] {
  const files = filesEnding(folder, '.nq');
  if (files.length === 0)
    throw new QueryError(
      makeIssue('published-folder-unreadable', 'error', [], {
        path: folder,
        reason: 'no N-Quads files (.nq); publish with --format including nq',
      }),
    );
  const store = new EditionStore();
  const catalog = loadPublishedCatalog(store, folder);
  const graphs: PushGraph[] = [];
  for (const nq of files) {
    const graph = nQuadsGraph(nq);
    if (graph === undefined) continue;
    const ntFile = `${nq.slice(0, -3)}.nt`;
    const hasNt = existsSync(ntFile);
    graphs.push({
      iri: graph,
      kind: 'edition',
      triples: countLines(hasNt ? ntFile : nq),
      get ntriples() {
        return hasNt
          ? readFileSync(ntFile, 'utf8')
          : readFileSync(nq, 'utf8').replace(/ <[^>]*> \.(\r?)$/gmu, ' .$1');
      },
    });
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
