export { editionNTriples } from './embedded/edition-ntriples.js';
export { EditionStore, type LoadedGraph } from './embedded/edition-store.js';
export { isPublishedFolder, loadPublishedFolder } from './embedded/published-folder.js';
export { schemeTurtles, vocabularyTurtle } from './generated/vocabulary.js';
export { preferredType } from './protocol/accept.js';
export { type SparqlHandlerOptions, sparqlProtocolHandler } from './protocol/sparql-handler.js';
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
