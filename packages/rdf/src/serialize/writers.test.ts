import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { quadsArbitrary } from './arbitraries.test-support.js';
import { blankNodeLabel, UnwritableTermError } from './escape.js';
import { quadsToNQuads, quadsToNTriples } from './ntriples-writer.js';
import { groupBySubject, quadsToTurtle } from './turtle-writer.js';

const { quad, blankNode, defaultGraph } = DataFactory;

/** What a parser gives back for a term: blank labels as the writer spells them. */
function expectedTerm<T extends Term>(term: T): T {
  return (term.termType === 'BlankNode' ? blankNode(blankNodeLabel(term.value)) : term) as T;
}

function expected(q: Quad, keepGraph: boolean): Quad {
  return quad(
    expectedTerm(q.subject),
    q.predicate,
    expectedTerm(q.object),
    keepGraph ? expectedTerm(q.graph) : defaultGraph(),
  ) as Quad;
}

function parse(text: string, format: string): Quad[] {
  return new Parser({ format, blankNodePrefix: '' }).parse(text) as Quad[];
}

function sameQuads(actual: readonly Quad[], wanted: readonly Quad[]): void {
  expect(actual.length).toBe(wanted.length);
  actual.forEach((q, i) => {
    const w = wanted[i];
    if (!w || !q.equals(w)) expect(q).toEqual(w);
  });
}

describe('writers round-trip through N3.Parser', () => {
  it('N-Quads gives back exactly the input quads', () => {
    fc.assert(
      fc.property(quadsArbitrary, (quads) => {
        sameQuads(
          parse(quadsToNQuads(quads), 'N-Quads'),
          quads.map((q) => expected(q, true)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('N-Triples gives back the input triples, graphs dropped', () => {
    fc.assert(
      fc.property(quadsArbitrary, (quads) => {
        sameQuads(
          parse(quadsToNTriples(quads), 'N-Triples'),
          quads.map((q) => expected(q, false)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('Turtle gives back the input triples, grouped by subject', () => {
    fc.assert(
      fc.property(quadsArbitrary, (quads) => {
        const text = quadsToTurtle(quads, { prefixes: { ex: 'https://example.org/ns#' } });
        sameQuads(
          parse(text, 'Turtle'),
          groupBySubject(quads).map((q) => expected(q, false)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('the same quads give the same bytes', () => {
    fc.assert(
      fc.property(quadsArbitrary, (quads) => {
        expect(quadsToTurtle(quads)).toBe(quadsToTurtle([...quads]));
        expect(quadsToNQuads(quads)).toBe(quadsToNQuads([...quads]));
      }),
    );
  });
});

describe('terms that cannot be written', () => {
  it('refuses a literal with a lone surrogate rather than write U+FFFD or a broken escape', () => {
    const q = quad(
      DataFactory.namedNode('https://e.org/s'),
      DataFactory.namedNode('https://e.org/p'),
      DataFactory.literal('a\ud800b'),
    );
    expect(() => quadsToNTriples([q as Quad])).toThrow(UnwritableTermError);
  });

  it.each(['https://example.org/a b', 'https://example.org/"', 'https://example.org/\ud800', 'x>'])(
    'refuses %j rather than write a broken or different IRI',
    (iri) => {
      const q = quad(
        DataFactory.namedNode(iri),
        DataFactory.namedNode('https://e.org/p'),
        DataFactory.literal('x'),
      );
      expect(() => quadsToNQuads([q as Quad])).toThrow(UnwritableTermError);
      expect(() => quadsToTurtle([q as Quad])).toThrow(UnwritableTermError);
    },
  );
});
