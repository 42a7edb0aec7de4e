import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { quadsArbitrary } from './arbitraries.test-support.js';
import { blankNodeLabel, UnwritableTermError } from './escape.js';
import { quadsToNQuads, quadsToNTriples } from './line-writer.js';
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

const rdf = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const { namedNode, literal } = DataFactory;

/**
 * Graphs with RDF lists, well formed or not: chains of blank cells from a label pool, so that
 * cells get shared, cut short, given other properties, nested or looped; plus other quads.
 */
const listsArbitrary: fc.Arbitrary<Quad[]> = fc
  .tuple(
    fc.array(
      fc.tuple(
        fc.constantFrom('s', 'b0'),
        fc.array(fc.oneof(fc.constantFrom('c0', 'c1', 'c2', 'c3'), fc.nat(5).map(String)), {
          maxLength: 4,
        }),
        fc.constantFrom('nil', 'nil', 'nil', 'c2', 'x'),
      ),
      { maxLength: 4 },
    ),
    quadsArbitrary,
    fc.array(fc.tuple(fc.constantFrom('c0', 'c1', 'c2', 'c3'), fc.constantFrom('first', 'p')), {
      maxLength: 2,
    }),
  )
  .map(([chains, others, extras]) => {
    const out: Quad[] = [...others];
    let fresh = 0;
    const term = (item: string): Term =>
      /^c/.test(item)
        ? blankNode(item)
        : /^[0-9]$/.test(item)
          ? literal(item)
          : namedNode(`https://e.org/${item}`);
    for (const [from, items, end] of chains) {
      const subject = from === 's' ? namedNode('https://e.org/s') : blankNode(from);
      let at: Term = items.length === 0 ? namedNode(`${rdf}nil`) : blankNode(`l${fresh++}`);
      out.push(quad(subject, namedNode('https://e.org/list'), at as Quad['object']) as Quad);
      items.forEach((item, i) => {
        const cell = at as Quad['subject'];
        out.push(quad(cell, namedNode(`${rdf}first`), term(item) as Quad['object']) as Quad);
        at =
          i < items.length - 1
            ? blankNode(`l${fresh++}`)
            : end === 'nil'
              ? namedNode(`${rdf}nil`)
              : term(end);
        out.push(quad(cell, namedNode(`${rdf}rest`), at as Quad['object']) as Quad);
      });
    }
    for (const [cell, p] of extras)
      out.push(
        quad(
          blankNode(cell),
          namedNode(p === 'first' ? `${rdf}first` : 'https://e.org/p'),
          literal('x'),
        ) as Quad,
      );
    return out;
  });

describe('Turtle collections', () => {
  it('writes a list of blank cells used once as ( … ), nested lists too', () => {
    const s = namedNode('https://e.org/s');
    const q = (a: Quad['subject'], p: string, o: Quad['object']) =>
      quad(a, namedNode(p), o) as Quad;
    const text = quadsToTurtle([
      q(s, 'https://e.org/p', blankNode('a')),
      q(blankNode('a'), `${rdf}first`, literal('一')),
      q(blankNode('a'), `${rdf}rest`, blankNode('b')),
      q(blankNode('b'), `${rdf}first`, blankNode('c')),
      q(blankNode('b'), `${rdf}rest`, namedNode(`${rdf}nil`)),
      q(blankNode('c'), `${rdf}first`, namedNode('https://e.org/x')),
      q(blankNode('c'), `${rdf}rest`, namedNode(`${rdf}nil`)),
    ]);
    expect(text).toContain('<https://e.org/s> <https://e.org/p> ( "一" ( <https://e.org/x> ) ) .');
    expect(text).not.toContain('_:');
  });

  it('gives back a graph isomorphic to the input, lists well formed or not', () => {
    fc.assert(
      fc.property(listsArbitrary, (quads) => {
        const text = quadsToTurtle(quads, { prefixes: { ex: 'https://example.org/ns#' } });
        const wanted = quads.map((q) => expected(q, false));
        const back = parse(text, 'Turtle');
        // Duplicate triples are written (and read) as often as given.
        expect(back.length).toBe(wanted.length);
        const unique = (qs: Quad[]) => [
          ...new Map(qs.map((q) => [quadsToNQuads([q]), q])).values(),
        ];
        expect(isomorphic(unique(back), unique(wanted))).toBe(true);
      }),
      { numRuns: 500 },
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
