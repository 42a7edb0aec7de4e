export { editionNTriples } from './embedded/edition-ntriples.js';
export { EditionStore, type LoadedGraph } from './embedded/edition-store.js';
export {
  isPublishedFolder,
  loadPublishedCatalog,
  loadPublishedFolder,
  nQuadsGraph,
  type PublishedFileRejected,
} from './embedded/published-folder.js';
export { preferredType } from './protocol/accept.js';
export { type FolderHandlerOptions, sparqlHandlerForFolder } from './protocol/folder-handler.js';
export {
  type QueryAnswerer,
  type SparqlHandlerOptions,
  sparqlProtocolHandler,
} from './protocol/sparql-handler.js';
export { ntriplesBatches } from './push/batches.js';
export {
  type ClientEvents,
  type Credentials,
  displayUrl,
  type RetryOptions,
  ServiceClient,
} from './push/http-client.js';
export { PushError } from './push/push-error.js';
export {
  type PushedGraph,
  type PushGraph,
  type PushOptions,
  type PushPhases,
  type PushReport,
  pushGraphs,
  stagingGraph,
} from './push/push-graphs.js';
export { listPushGraphs, publishedPushGraphs } from './push/push-sources.js';
export { QueryError } from './query/query-error.js';
export { type QueryForm, queryForm } from './query/query-form.js';
export {
  type QueryResult,
  queryPrefixes,
  type ResultTerm,
  resultFormats,
  runQuery,
  type SparqlResultsJson,
  serializeQuery,
} from './query/run-query.js';
export { type SavedQuery, savedQueries, savedQuery } from './saved/saved-queries.js';
