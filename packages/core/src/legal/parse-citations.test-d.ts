import { describe, expectTypeOf, it } from 'vitest';
import type { StructuredLegalBasis } from '../model/legal-basis.js';
import type { CitationParse, CitationPiece, ParsedCitation } from './citation.js';
import type { formatCitation } from './format-citation.js';
import { parseCitations } from './parse-citations.js';

describe('parseCitations types', () => {
  it('gives structured bases, and pieces told apart by kind', () => {
    expectTypeOf(parseCitations).returns.toEqualTypeOf<CitationParse>();
    expectTypeOf<ParsedCitation['basis']>().toEqualTypeOf<StructuredLegalBasis>();
    expectTypeOf<Extract<CitationPiece, { kind: 'unparsed' }>['text']>().toEqualTypeOf<string>();
    // any structured basis can be rendered
    expectTypeOf<StructuredLegalBasis>().toMatchTypeOf<Parameters<typeof formatCitation>[0]>();
  });
});
