import type { Literal, Term } from '@rdfjs/types';
import { blankNodeLabel, escapeIri, escapeLiteral } from './escape.js';

const xsdString = 'http://www.w3.org/2001/XMLSchema#string';
const rdfLangString = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

/**
 * A literal in N-Triples form: `"text"`, `"text"@lang` or `"text"^^<datatype>`.
 *
 * @example
 * ```ts
 * literalToNTriples(DataFactory.literal('镇', 'zh')); // '"镇"@zh'
 * ```
 */
export function literalToNTriples(literal: Literal): string {
  const text = `"${escapeLiteral(literal.value)}"`;
  if (literal.language !== '') return `${text}@${literal.language}`;
  const datatype = literal.datatype.value;
  return datatype === xsdString || datatype === rdfLangString
    ? text
    : `${text}^^<${escapeIri(datatype)}>`;
}

/**
 * Any term in N-Triples form. The default graph has none, and gives `''`.
 *
 * @example
 * ```ts
 * termToNTriples(DataFactory.namedNode('https://example.org/a')); // '<https://example.org/a>'
 * ```
 */
export function termToNTriples(term: Term): string {
  switch (term.termType) {
    case 'NamedNode':
      return `<${escapeIri(term.value)}>`;
    case 'BlankNode':
      return `_:${blankNodeLabel(term.value)}`;
    case 'Literal':
      return literalToNTriples(term);
    case 'DefaultGraph':
      return '';
    default:
      throw new TypeError(`${term.termType} terms cannot be written in N-Triples`);
  }
}

/**
 * Remembers the written form of the terms seen most recently: subjects and predicates repeat on
 * every line, and escaping them once is most of the speed. Cleared when full, so memory stays
 * bounded however long the stream.
 */
export class TermCache {
  readonly #named = new Map<string, string>();
  readonly #limit: number;

  constructor(limit = 50_000) {
    this.#limit = limit;
  }

  /** The N-Triples form of a term, cached for named nodes. */
  term(term: Term): string {
    if (term.termType !== 'NamedNode') return termToNTriples(term);
    let written = this.#named.get(term.value);
    if (written === undefined) {
      if (this.#named.size >= this.#limit) this.#named.clear();
      written = `<${escapeIri(term.value)}>`;
      this.#named.set(term.value, written);
    }
    return written;
  }
}
