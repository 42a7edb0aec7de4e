import type { IncomingMessage, ServerResponse } from 'node:http';
import { folderQueries } from './query-worker-client.js';
import { type SparqlHandlerOptions, sparqlProtocolHandler } from './sparql-handler.js';

/**
 * Options of {@link sparqlHandlerForFolder}.
 *
 * @example
 * ```ts
 * await sparqlHandlerForFolder('out/site', { timeoutMs: 10_000 });
 * ```
 */
export interface FolderHandlerOptions extends SparqlHandlerOptions {
  /** How long a query may run before it is stopped and answered 503 (30 s by default). */
  readonly timeoutMs?: number;
}

/**
 * A SPARQL 1.1 Protocol handler over a folder `qingdan publish` or `qingdan site` wrote: its
 * editions (from their N-Quads), its catalog, the vocabulary and the code lists, loaded once
 * into an embedded store on a worker thread, so that a long query does not hold the server that
 * mounts it, and a query running past `timeoutMs` is stopped (answered 503). This is what
 * `qingdan serve` mounts at `/sparql`. Rejects with `QueryError` (`published-folder-unreadable`)
 * when the folder holds no N-Quads or no catalog.
 *
 * @example
 * ```ts
 * const handler = await sparqlHandlerForFolder('out/site');
 * createServer((req, res) => void handler(req, res)).listen(8080, '127.0.0.1');
 * ```
 */
export async function sparqlHandlerForFolder(
  folder: string,
  options: FolderHandlerOptions = {},
): Promise<(req: IncomingMessage, res: ServerResponse) => Promise<void>> {
  const queries = await folderQueries(folder, options.timeoutMs ?? 30_000);
  return sparqlProtocolHandler(queries.answer, options);
}
