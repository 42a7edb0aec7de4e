import type { IncomingMessage, ServerResponse } from 'node:http';
import { EditionStore } from '../embedded/edition-store.js';
import { loadPublishedFolder } from '../embedded/published-folder.js';
import { type SparqlHandlerOptions, sparqlProtocolHandler } from './sparql-handler.js';

/**
 * A SPARQL 1.1 Protocol handler over a folder `qingdan publish` or `qingdan site` wrote: its
 * editions (from their N-Quads), its catalog, the vocabulary and the code lists, loaded once
 * into an embedded store. This is what `qingdan serve` mounts at `/sparql`. Throws
 * `QueryError` (`published-folder-unreadable`) when the folder holds no N-Quads or no catalog.
 *
 * @example
 * ```ts
 * const handler = await sparqlHandlerForFolder('out/site');
 * createServer((req, res) => void handler(req, res)).listen(8080, '127.0.0.1');
 * ```
 */
export async function sparqlHandlerForFolder(
  folder: string,
  options: SparqlHandlerOptions = {},
): Promise<(req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const store = new EditionStore();
  store.loadVocabulary();
  loadPublishedFolder(store, folder);
  return sparqlProtocolHandler(store, options);
}
