import { rdf, xsd } from '@qingdan/vocab';
import type { Literal, Term } from '@rdfjs/types';
import { Literal as N3Literal } from 'n3';
import { blankNodeLabel, escapeIri, escapeLiteral, mayNeedEscape } from './escape.js';

const xsdString = xsd.string;
const rdfLangString = rdf.langString;

/**
 * A literal in N-Triples form: `"text"`, `"text"@lang` or `"text"^^<datatype>`.
 *
 * @example
 * ```ts
 * literalToNTriples(DataFactory.literal('镇', 'zh')); // '"镇"@zh'
 * ```
 */
export function literalToNTriples(literal: Literal): string {
  if (literal instanceof N3Literal) return n3LiteralToNTriples(literal);
  const text = `"${escapeLiteral(literal.value)}"`;
  const language = literal.language;
  if (language !== '') return `${text}@${language}`;
  const datatype = literal.datatype.value;
  return datatype === xsdString || datatype === rdfLangString
    ? text
    : `${text}^^<${escapeIri(datatype)}>`;
}

/** The last datatype written and its `^^<…>`: literals of one datatype come in turn. */
let lastDatatype = '';
let lastDatatypeText = '';

/**
 * An N3 literal in N-Triples form, read from its id (`"text"`, `"text"@lang` or
 * `"text"^^datatype`) as N3's getters read it, but once: the getters parse the id again on every
 * read, and `datatype` makes a new term each time.
 */
function n3LiteralToNTriples(literal: N3Literal): string {
  const id = literal.id;
  const close = id.lastIndexOf('"');
  const plain = !mayNeedEscape(id, 1, close);
  const mark = id.charCodeAt(close + 1);
  if (close === id.length - 1) return plain ? id : `"${escapeLiteral(id.slice(1, close))}"`;
  if (mark === 0x40) {
    if (simpleLanguageTag(id, close + 2))
      return plain ? id : `"${escapeLiteral(id.slice(1, close))}"${id.slice(close + 1)}`;
    return `"${escapeLiteral(literal.value)}"@${literal.language}`;
  }
  if (mark !== 0x5e) return `"${escapeLiteral(literal.value)}"`;
  const datatype = id.slice(close + 3);
  if (datatype === xsdString || datatype === rdfLangString)
    return `"${plain ? id.slice(1, close) : escapeLiteral(id.slice(1, close))}"`;
  if (datatype !== lastDatatype) {
    lastDatatypeText = `^^<${escapeIri(datatype)}>`;
    lastDatatype = datatype;
  }
  return plain
    ? `${id.slice(0, close + 1)}${lastDatatypeText}`
    : `"${escapeLiteral(id.slice(1, close))}"${lastDatatypeText}`;
}

/** Whether `id` from `from` on is a language tag N3 reads as it is: lower case, no direction. */
function simpleLanguageTag(id: string, from: number): boolean {
  if (from >= id.length) return false;
  for (let i = from; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c === 0x2d ? i === from || id.charCodeAt(i - 1) === 0x2d : !isLowerAlnum(c)) return false;
  }
  return true;
}

/**
 * An N3 literal's id when it is already the literal's N-Triples form (`"text"` or `"text"@lang`
 * with nothing to escape and a lower-case tag without a direction), else `undefined`. N3 keeps
 * a literal as that one string and parses it again on every read of `value`, `language` or
 * `datatype`; reading the id once avoids all three, and the result is what they would give.
 *
 * @example
 * ```ts
 * literalAsItsId(DataFactory.literal('镇', 'zh')); // '"镇"@zh'
 * literalAsItsId(DataFactory.literal('a"b')); // undefined: the quote must be escaped
 * ```
 */
export function literalAsItsId(literal: Term): string | undefined {
  if (!(literal instanceof N3Literal)) return undefined;
  const id = literal.id;
  const close = id.lastIndexOf('"');
  if (close < 1 || id.charCodeAt(0) !== 0x22 || mayNeedEscape(id, 1, close)) return undefined;
  if (close === id.length - 1) return id;
  return id.charCodeAt(close + 1) === 0x40 && simpleLanguageTag(id, close + 2) ? id : undefined;
}

const isLowerAlnum = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);

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
    case 'Variable':
    case 'Quad':
      throw new TypeError(`${term.termType} terms cannot be written in N-Triples`);
  }
}
