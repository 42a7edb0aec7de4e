// The worker thread behind `sparqlHandlerForFolder`: the embedded store of a published folder,
// loaded here so that a long query holds this thread, not the server's. Answers one message at a
// time: `{ id, query, format }` with `{ id, body }`, or `{ id, issue }` for a query that cannot
// be run; after loading, `{ ready: true }` or `{ ready: false, issue }`.
import { parentPort, workerData } from 'node:worker_threads';
import { EditionStore } from '../embedded/edition-store.js';
import { loadPublishedFolder } from '../embedded/published-folder.js';
import { QueryError } from '../query/query-error.js';
import { serializeQuery } from '../query/run-query.js';

const port = parentPort;
if (port) {
  const { folder } = workerData as { folder: string };
  const store = new EditionStore();
  try {
    store.loadVocabulary();
    loadPublishedFolder(store, folder);
    port.postMessage({ ready: true });
  } catch (error) {
    if (!(error instanceof QueryError)) throw error;
    port.postMessage({ ready: false, issue: error.issue });
  }
  port.on('message', ({ id, query, format }: { id: number; query: string; format: string }) => {
    try {
      port.postMessage({ id, body: serializeQuery(store, query, format) });
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      port.postMessage({ id, issue: error.issue });
    }
  });
}
