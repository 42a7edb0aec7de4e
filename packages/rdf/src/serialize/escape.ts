/**
 * Characters an IRI may not hold at all (the N-Triples and Turtle grammars forbid them even as
 * `\u` escapes), and lone surrogates, which are not Unicode. User text must be percent-encoded
 * before it becomes part of an IRI; a writer handed such an IRI refuses it rather than write a
 * file no parser reads or silently write a different IRI.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be escaped
const iriForbidden = /[\u0000-\u0020<>"{}|^`\\\ud800-\udfff]/u;

/**
 * Characters escaped inside a quoted literal: the quote, the backslash and line breaks must be;
 * other controls and U+FFFE/U+FFFF are escaped too, so that the output is plain text every
 * parser (and every text editor) takes as is. Lone surrogates are caught here and refused.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be escaped
const literalUnsafe = /["\\\u0000-\u001f\u007f\ud800-\udfff\ufffe\uffff]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be escaped
const literalUnsafeGlobal = /["\\\u0000-\u001f\u007f\ufffe\uffff]/gu;
const loneSurrogate = /[\ud800-\udfff]/u;

const shortEscapes: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function uchar(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

function escapeLiteralCharacter(character: string): string {
  return shortEscapes[character] ?? uchar(character);
}

/** Every character escapeLiteral might change but `"`, and every surrogate (paired or not). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what must be escaped
const maybeUnsafe = /[\\\u0000-\u001f\u007f\ud800-\udfff\ufffe\uffff]/;

/**
 * Whether `text` may hold a character {@link escapeLiteral} changes, `"` only between `from`
 * and `to` (where a literal's id has its quotes outside): a quick test, without the `u` flag
 * or an allocation, that says yes to every surrogate, paired or not, so a yes only means the
 * exact test must be made.
 *
 * @example
 * ```ts
 * mayNeedEscape('"乡镇"@zh', 1, 3); // false
 * ```
 */
export function mayNeedEscape(text: string, from: number, to: number): boolean {
  const quote = text.indexOf('"', from);
  return (quote !== -1 && quote < to) || maybeUnsafe.test(text);
}

/**
 * The text of a literal as it goes between double quotes in N-Triples, N-Quads or Turtle.
 * Strings without anything to escape (the usual case) are returned as they are.
 *
 * @example
 * ```ts
 * escapeLiteral('第一行\n"引文"'); // '第一行\\n\\"引文\\"'
 * ```
 */
export function escapeLiteral(text: string): string {
  if (!mayNeedEscape(text, 0, text.length)) return text;
  if (!literalUnsafe.test(text)) return text;
  if (loneSurrogate.test(text)) throw new UnwritableTermError(text, 'lone-surrogate');
  return text.replace(literalUnsafeGlobal, escapeLiteralCharacter);
}

/**
 * Thrown by the writers when handed a term no RDF syntax can carry: an IRI with spaces,
 * controls, `<>"{}|^\`` or a backslash (a bug in whatever built it: user text must be
 * percent-encoded first), or text holding a lone surrogate (half of a UTF-16 pair, which is not
 * Unicode and has no UTF-8 form). Nothing is written in its place.
 *
 * @example
 * ```ts
 * try { escapeIri('https://example.org/a b'); } catch (e) { if (e instanceof UnwritableTermError) e.reason; }
 * ```
 */
export class UnwritableTermError extends Error {
  override readonly name = 'UnwritableTermError';
  readonly value: string;
  readonly reason: 'iri-character' | 'lone-surrogate';

  constructor(value: string, reason: 'iri-character' | 'lone-surrogate') {
    super(
      reason === 'iri-character'
        ? `not an IRI (characters must be percent-encoded first): ${JSON.stringify(value)}`
        : `text holds a lone surrogate, which RDF cannot carry: ${JSON.stringify(value)}`,
    );
    this.value = value;
    this.reason = reason;
  }
}

/**
 * Checks that an IRI can be written between angle brackets and returns it as it is.
 *
 * @example
 * ```ts
 * escapeIri('https://example.org/乡镇/%20'); // unchanged
 * escapeIri('https://example.org/a b'); // throws UnwritableTermError
 * ```
 */
export function escapeIri(iri: string): string {
  if (iriForbidden.test(iri))
    throw new UnwritableTermError(
      iri,
      /[\ud800-\udfff]/u.test(iri) ? 'lone-surrogate' : 'iri-character',
    );
  return iri;
}
const blankLabel = /^[A-Za-z0-9_]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/**
 * A blank node label that all three syntaxes accept: labels already of that form are kept,
 * others are written with every character outside `[A-Za-z0-9]` as `_xHHHH_`, which is
 * injective, so two different nodes never merge.
 *
 * @example
 * ```ts
 * blankNodeLabel('b0'); // 'b0'
 * blankNodeLabel('节点'); // 'x__x8282__x70B9_'
 * ```
 */
export function blankNodeLabel(label: string): string {
  if (blankLabel.test(label) && !label.startsWith('x_')) return label;
  let out = 'x_';
  for (const character of label) {
    out += /[A-Za-z0-9]/.test(character)
      ? character
      : `_x${(character.codePointAt(0) ?? 0).toString(16).toUpperCase()}_`;
  }
  return out;
}
