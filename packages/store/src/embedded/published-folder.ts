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
import { type Issue, makeIssue } from '@qingdan/core';
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
 * Where in a published file oxigraph found it unreadable, from its message ("… at line 12
 * between columns 3 and 9 …" or "… between line 12 column 51 and line 13 column 1 …"), when
 * it says.
 */
function parsePosition(message: string): { line: number; column: number } | undefined {
  const at = /line (\d+)(?: between columns| column) (\d+)/u.exec(message);
  return at ? { line: Number(at[1]), column: Number(at[2]) } : undefined;
}

/**
 * Told of a published file that does not parse, and left out of the store whole.
 *
 * @example
 * ```ts
 * const onRejected: PublishedFileRejected = (file, issue, at) => console.error(file, at?.line, issue.code);
 * ```
 */
export type PublishedFileRejected = (
  file: string,
  issue: Issue<'rdf-syntax-invalid'>,
  at?: { readonly line: number; readonly column: number },
) => void;

/**
 * Loads what `qingdan publish` wrote: each edition's N-Quads (already in the edition's graph;
 * the `.nt` beside it, in that graph, when there is one) and the catalog, in a graph named by the catalog's IRI. Throws {@link QueryError}
 * (`published-folder-unreadable`) when the folder has no N-Quads (published without `nq`) or
 * its catalog names no `dcat:Catalog`. An edition's file that does not parse (damaged since it
 * was published) is taken out again whole, so no answer counts half an edition, and given to
 * `onRejected`; without it, it is thrown as `published-folder-unreadable` naming the file.
 *
 * @example
 * ```ts
 * loadPublishedFolder(store, 'out/examples'); // [{ graph: 'https://…/catalog', triples: 520 }, …]
 * ```
 */
export function loadPublishedFolder(
  store: EditionStore,
  folder: string,
  onRejected?: PublishedFileRejected,
): LoadedGraph[] {
  const refuse = (reason: string, path = folder) =>
    new QueryError(makeIssue('published-folder-unreadable', 'error', [], { path, reason }));
  const files = nQuadsFiles(folder);
  if (files.length === 0)
    throw refuse('no N-Quads files (.nq); publish with --format including nq');
  const loaded: LoadedGraph[] = [loadPublishedCatalog(store, folder)];
  for (const file of files) {
    // Every quad of an edition's file is in the edition's graph: the first line names it.
    const graph = nQuadsGraph(file);
    // The same triples as N-Triples, when published beside it, load faster: the graph is given
    // once rather than read on every line. Bytes as they are: oxigraph reads UTF-8.
    const nt = `${file.slice(0, -'.nq'.length)}.nt`;
    const source = graph !== undefined && existsSync(nt) ? nt : file;
    try {
      if (graph !== undefined && source === nt)
        loaded.push(store.loadNTriples(readFileSync(nt), graph));
      else {
        store.loadNQuads(readFileSync(file));
        loaded.push({ graph: graph ?? file, triples: graph ? store.graphSize(graph) : 0 });
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Loading is not one transaction (that is what makes it fast): what was read goes again.
      if (graph !== undefined) store.store.update(`DROP SILENT GRAPH <${graph}>`);
      if (!onRejected) throw refuse(message, source);
      onRejected(
        source,
        makeIssue('rdf-syntax-invalid', 'error', [], { message }),
        parsePosition(message),
      );
    }
  }
  return loaded;
}
