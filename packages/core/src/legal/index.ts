export { bookTitle } from './book-title.js';
export type {
  CitationParse,
  CitationPiece,
  CitationSeparator,
  ParsedCitation,
  Span,
  UnparsedText,
} from './citation.js';
export { documentNumberFacts, normaliseDocumentNumber } from './document-number.js';
export { formatCitation, formatProvision } from './format-citation.js';
export { explainRank, inferRank, type RankReasoning, type RankRule } from './infer-rank.js';
export { instrumentKey } from './instrument-key.js';
export { findKnownInstrument, resolveTitle, titleKey } from './instrument-title.js';
export { type KnownInstrument, knownInstruments } from './known-instruments.js';
export { normaliseCitationText } from './normalise.js';
export { formatNumeral, parseNumeral } from './numerals.js';
export { parseCitations } from './parse-citations.js';
