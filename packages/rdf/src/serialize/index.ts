export { blankNodeLabel, escapeIri, escapeLiteral, UnwritableTermError } from './escape.js';
export { type LineOptions, LineWriter, quadsToNQuads, quadsToNTriples } from './ntriples-writer.js';
export { commonPrefixes, isPrefixLabel, prefixShortener } from './prefixes.js';
export type { TextSink } from './sink.js';
export { literalToNTriples, TermCache, termToNTriples } from './terms.js';
export {
  groupBySubject,
  quadsToTurtle,
  type TurtleOptions,
  TurtleWriter,
} from './turtle-writer.js';
