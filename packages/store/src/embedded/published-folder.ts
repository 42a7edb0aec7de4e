import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { makeIssue } from '@qingdan/core';
import { catalogFiles } from '@qingdan/rdf';
import { QueryError } from '../query/query-error.js';
import type { EditionStore, LoadedGraph } from './edition-store.js';

/**
 * Whether a path is a folder `qingdan publish` wrote: it holds the catalog (`catalog.ttl`).
 *
 * @example
 * ```ts
 * isPublishedFolder('out/examples'); // true after `qingdan publish … --out out/examples`
 * ```
 */
export function isPublishedFolder(path: string): boolean {
  return existsSync(join(path, catalogFiles.ttl)) && statSync(path).isDirectory();
}

function nQuadsFiles(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) out.push(...nQuadsFiles(path));
    else if (entry.name.endsWith('.nq')) out.push(path);
  }
  return out;
}

/** The first line of a file, read without reading the rest. */
function firstLine(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(4096);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      const end = chunk.subarray(0, n).indexOf(0x0a);
      chunks.push(chunk.subarray(0, end === -1 ? n : end));
      if (end !== -1 || n === 0) return Buffer.concat(chunks).toString('utf8');
    }
  } finally {
    closeSync(fd);
  }
}

const dcatCatalog = 'http://www.w3.org/ns/dcat#Catalog';

/**
 * Loads the catalog of a folder `qingdan publish` wrote into the graph named by the catalog's
 * IRI. Throws {@link QueryError} (`published-folder-unreadable`) when it does not read or names
 * no `dcat:Catalog`.
 *
 * @example
 * ```ts
 * loadPublishedCatalog(store, 'out/examples'); // { graph: 'https://…/catalog', triples: 520 }
 * ```
 */
export function loadPublishedCatalog(store: EditionStore, folder: string): LoadedGraph {
  const refuse = (reason: string) =>
    new QueryError(makeIssue('published-folder-unreadable', 'error', [], { path: folder, reason }));
  const staging = 'urn:qingdan:staging:catalog';
  let catalogTriples: number;
  try {
    catalogTriples = store.loadTurtle(
      readFileSync(join(folder, catalogFiles.ttl), 'utf8'),
      staging,
    ).triples;
  } catch (error) {
    throw refuse(error instanceof Error ? error.message : String(error));
  }
  const found = store.query(
    `SELECT ?c WHERE { GRAPH <${staging}> { ?c a <${dcatCatalog}> } }`,
  ) as Map<string, { value: string }>[];
  const catalog = found[0]?.get('c')?.value;
  if (!catalog) throw refuse('catalog.ttl names no dcat:Catalog');
  store.store.update(`MOVE <${staging}> TO <${catalog}>`);
  return { graph: catalog, triples: catalogTriples };
}

/**
 * The graph of an edition's N-Quads file, read from its first line (every quad of an edition's
 * file is in the edition's graph) without reading the rest; `undefined` for an empty file.
 *
 * @example
 * ```ts
 * nQuadsGraph('out/examples/421127104/huangmei-wuzu-2024.nq'); // 'https://…/421127104/huangmei-wuzu-2024'
 * ```
 */
export function nQuadsGraph(file: string): string | undefined {
  return /<([^>]*)> \.\r?$/u.exec(firstLine(file))?.[1];
}

/**
 * Loads what `qingdan publish` wrote: each edition's N-Quads (already in the edition's graph;
 * the `.nt` beside it, in that graph, when there is one) and the catalog, in a graph named by the catalog's IRI. Throws {@link QueryError}
 * (`published-folder-unreadable`) when the folder has no N-Quads (published without `nq`) or
 * its catalog names no `dcat:Catalog`.
 *
 * @example
 * ```ts
 * loadPublishedFolder(store, 'out/examples'); // [{ graph: 'https://…/catalog', triples: 520 }, …]
 * ```
 */
export function loadPublishedFolder(store: EditionStore, folder: string): LoadedGraph[] {
  const refuse = (reason: string) =>
    new QueryError(makeIssue('published-folder-unreadable', 'error', [], { path: folder, reason }));
  const files = nQuadsFiles(folder);
  if (files.length === 0)
    throw refuse('no N-Quads files (.nq); publish with --format including nq');
  const loaded: LoadedGraph[] = [loadPublishedCatalog(store, folder)];
  for (const file of files) {
    // Every quad of an edition's file is in the edition's graph: the first line names it.
    const graph = nQuadsGraph(file) ?? file;
    // The same triples as N-Triples, when published beside it, load faster: the graph is given
    // once rather than read on every line. Bytes as they are: oxigraph reads UTF-8.
    const nt = `${file.slice(0, -'.nq'.length)}.nt`;
    if (graph !== file && existsSync(nt)) loaded.push(store.loadNTriples(readFileSync(nt), graph));
    else {
      store.loadNQuads(readFileSync(file));
      loaded.push({ graph, triples: graph === file ? 0 : store.graphSize(graph) });
    }
  }
  return loaded;
}
