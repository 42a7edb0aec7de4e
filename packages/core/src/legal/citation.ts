import type { Issue } from '../issues/issue.js';
import type { StructuredLegalBasis } from '../model/legal-basis.js';
import type { RankReasoning } from './infer-rank.js';

/**
 * A stretch of the input, `[start, end)` in UTF-16 code units, as `String.prototype.slice`
 * takes it.
 *
 * @example
 * ```ts
 * const span: Span = [0, 12];
 * text.slice(...span);
 * ```
 */
export type Span = readonly [start: number, end: number];

/**
 * One citation found in the text: the structured legal basis, where it was, why its instrument
 * has its rank, the instrument key, and warnings about what it could not read.
 *
 * @example
 * ```ts
 * const [c] = parseCitations('《传染病防治法》第十二条').citations;
 * c?.basis.instrument.title; // '中华人民共和国传染病防治法'
 * ```
 */
export interface ParsedCitation {
  readonly kind: 'citation';
  readonly basis: StructuredLegalBasis;
  /** The whole piece: lead words, title, notes, provisions, and the quote if any. */
  readonly span: Span;
  /** The citation without its quote: what `basis.citation` holds. */
  readonly citationSpan: Span;
  readonly quoteSpan?: Span;
  readonly rank?: RankReasoning;
  /** The instrument's identity, see {@link instrumentKey}. */
  readonly key: string;
  readonly issues: readonly Issue[];
}

/**
 * Text that separates citations: punctuation, line breaks, numbering such as `1、` or `(一)`,
 * and joining words such as 和 between two titles.
 *
 * @example
 * ```ts
 * const sep: CitationSeparator = { kind: 'separator', text: '；2、', span: [14, 17] };
 * ```
 */
export interface CitationSeparator {
  readonly kind: 'separator';
  readonly text: string;
  readonly span: Span;
}

/**
 * Text that is not a citation, kept whole with the warning that says why.
 *
 * @example
 * ```ts
 * const rest: UnparsedText = { kind: 'unparsed', text: '有关法律法规', span: [0, 6], issues: [] };
 * ```
 */
export interface UnparsedText {
  readonly kind: 'unparsed';
  readonly text: string;
  readonly span: Span;
  readonly issues: readonly Issue[];
}

/** One piece of the input: the pieces cover the input, in order, without gaps or overlaps. */
export type CitationPiece = ParsedCitation | CitationSeparator | UnparsedText;

/**
 * What {@link parseCitations} finds in a text: every piece in order, the citations among them,
 * and every issue.
 *
 * @example
 * ```ts
 * const parsed: CitationParse = parseCitations('《消防法》第三十一条');
 * parsed.citations.length; // 1
 * ```
 */
export interface CitationParse {
  readonly text: string;
  readonly pieces: readonly CitationPiece[];
  readonly citations: readonly ParsedCitation[];
  readonly issues: readonly Issue[];
}
