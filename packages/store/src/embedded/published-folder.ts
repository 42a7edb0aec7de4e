import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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

const dcatCatalog = 'http://www.w3.org/ns/dcat#Catalog';

/**
 * Loads what `qingdan publish` wrote: each edition's N-Quads (already in the edition's graph)
 * and the catalog, in a graph named by the catalog's IRI. Throws {@link QueryError}
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
  const loaded: LoadedGraph[] = [{ graph: catalog, triples: catalogTriples }];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    // Every quad of an edition's file is in the edition's graph: the first line names it.
    const graph = /<([^>]*)> \.\r?$/mu.exec(text)?.[1] ?? file;
    const before = store.size;
    store.loadNQuads(text);
    loaded.push({ graph, triples: store.size - before });
  }
  return loaded;
}
