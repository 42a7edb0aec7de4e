import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory } from 'n3';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;

/** Text that has broken writers before (lone surrogates are refused, and tested apart): quotes, escapes, line breaks, astral and non-characters. */
const nasty = fc.constantFrom(
  '"',
  "'",
  '\\',
  '\\u0041',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0007',
  '\u001f',
  '\u007f',
  '\u0085',
  '\u2028',
  '\ufffe',
  '\uffff',
  '𠀋',
  '😀',
  '"""',
  '>',
  '<',
  ' ',
  '{}|^`',
  '#',
  '.',
  ';',
  ',',
  '_:',
  '@en',
  '^^',
  '乡镇（街道）',
);

export const nastyText = fc
  .array(
    fc.oneof(nasty, fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ maxLength: 6 })),
    {
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''));

/** User text made fit for an IRI the way a mapping must: forbidden characters percent-encoded. */
function iriText(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters an IRI may not hold
      .replace(/[\u0000-\u0020<>"{}|^`\\%]/g, (c) => encodeURIComponent(c))
      .replace(/[\ud800-\udfff]/gu, '%EF%BF%BD')
  );
}

const iri = fc.oneof(
  fc.constantFrom(
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#type',
    'http://www.w3.org/2000/01/rdf-schema#label',
    'http://purl.org/dc/terms/title',
    'https://example.org/ns#prop',
    'https://example.org/ns#',
    'https://example.org/id/421127104/wuzu-2024',
    'https://example.org/id/4211.27',
    'https://example.org/id/a.',
  ),
  nastyText.map((t) => `https://example.org/id/${iriText(t)}`),
  nastyText.map((t) => `https://example.org/ns#${iriText(t)}`),
);

const blankLabel = fc.oneof(
  fc.constantFrom('b0', 'b1', 'x_1', 'a.b', 'node-1', '_9'),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }),
);

const xsd = 'http://www.w3.org/2001/XMLSchema#';
const lit = fc.oneof(
  nastyText.map((t) => literal(t)),
  fc
    .tuple(nastyText, fc.constantFrom('zh', 'en', 'zh-hans', 'en-gb'))
    .map(([t, l]) => literal(t, l)),
  fc
    .tuple(
      fc.oneof(
        nastyText,
        fc.integer().map(String),
        fc.constantFrom('true', 'false', '+1', '2024-01-01'),
      ),
      fc.constantFrom(
        `${xsd}integer`,
        `${xsd}boolean`,
        `${xsd}date`,
        `${xsd}decimal`,
        'https://example.org/ns#dt',
      ),
    )
    .map(([t, d]) => literal(t, namedNode(d))),
);

const subject = fc.oneof(
  { weight: 4, arbitrary: iri.map((i) => namedNode(i)) },
  { weight: 1, arbitrary: blankLabel.map((b) => blankNode(b)) },
);
const object = fc.oneof(subject, lit);
const graph = fc.oneof(
  fc.constant(defaultGraph()),
  iri.map((i) => namedNode(i)),
  blankLabel.map((b) => blankNode(b)),
);

/** Quads of every kind of term, with user text that must be escaped. */
export const quadsArbitrary: fc.Arbitrary<Quad[]> = fc.array(
  fc.tuple(subject, iri, object, graph).map(([s, p, o, g]) => quad(s, namedNode(p), o, g) as Quad),
  { maxLength: 30 },
);
