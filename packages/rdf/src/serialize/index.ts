export { blankNodeLabel, escapeIri, escapeLiteral, UnwritableTermError } from './escape.js';
export {
  type LineTargets,
  type MemoryByteSink,
  memoryByteSink,
  quadsToNQuads,
  quadsToNTriples,
  writeLines,
} from './line-writer.js';
export { commonPrefixes, isPrefixLabel, prefixShortener } from './prefixes.js';
export type { ByteSink, TextSink } from './sink.js';
export { literalToNTriples, termToNTriples } from './terms.js';
export {
  groupBySubject,
  quadsToTurtle,
  type TurtleOptions,
  TurtleWriter,
} from './turtle-writer.js';
