import type { Quad, Term } from '@rdfjs/types';
import { escapeIri, escapeLiteral } from './escape.js';
import { commonPrefixes, isPrefixLabel, prefixShortener } from './prefixes.js';
import { chunkSize, type TextSink } from './sink.js';
import { termToNTriples } from './terms.js';

const rdfType = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const xsd = 'http://www.w3.org/2001/XMLSchema#';
const bareLexical: Readonly<Record<string, RegExp>> = {
  [`${xsd}integer`]: /^[+-]?[0-9]+$/,
  [`${xsd}boolean`]: /^(true|false)$/,
};

/** Options of {@link TurtleWriter}. */
export interface TurtleOptions {
  /** Prefixes to declare and use, in addition to {@link commonPrefixes}. */
  readonly prefixes?: Readonly<Record<string, string>>;
}

/**
 * Writes Turtle for people: prefixed names, one block per subject, `;` between its predicates
 * and `,` between the objects of one predicate. Quads are written in the order given, a block
 * continuing as long as the subject does; {@link groupBySubject} gathers scattered quads first.
 * Graphs are dropped (Turtle has none). The same quads always give the same bytes.
 *
 * @example
 * ```ts
 * const parts: string[] = [];
 * const writer = new TurtleWriter((c) => parts.push(c), { prefixes: { qd: 'https://example.org/ns#' } });
 * writer.addAll(quads);
 * writer.end();
 * ```
 */
export class TurtleWriter {
  readonly #sink: TextSink;
  readonly #shorten: (iri: string) => string | undefined;
  readonly #named = new Map<string, string>();
  #buffer = '';
  #subject: string | undefined;
  #predicate: string | undefined;

  constructor(sink: TextSink, options: TurtleOptions = {}) {
    this.#sink = sink;
    const prefixes = { ...commonPrefixes, ...options.prefixes };
    for (const [label, namespace] of Object.entries(prefixes)) {
      if (!isPrefixLabel(label)) throw new RangeError(`not a Turtle prefix label: ${label}`);
      this.#buffer += `@prefix ${label}: <${escapeIri(namespace)}> .\n`;
    }
    this.#shorten = prefixShortener(prefixes);
  }

  #iri(iri: string): string {
    let written = this.#named.get(iri);
    if (written === undefined) {
      if (this.#named.size >= 50_000) this.#named.clear();
      written = this.#shorten(iri) ?? `<${escapeIri(iri)}>`;
      this.#named.set(iri, written);
    }
    return written;
  }

  #term(term: Term): string {
    if (term.termType === 'NamedNode') return this.#iri(term.value);
    if (term.termType === 'Literal' && term.language === '') {
      const datatype = term.datatype.value;
      if (bareLexical[datatype]?.test(term.value)) return term.value;
      if (datatype.startsWith(xsd) && datatype !== `${xsd}string`)
        return `"${escapeLiteral(term.value)}"^^${this.#iri(datatype)}`;
    }
    return termToNTriples(term);
  }

  /** Adds one quad, continuing the current block when the subject (and predicate) repeat. */
  add(quad: Quad): void {
    const subject = this.#term(quad.subject);
    const predicate = quad.predicate.value === rdfType ? 'a' : this.#term(quad.predicate as Term);
    const object = this.#term(quad.object);
    if (subject === this.#subject) {
      if (predicate === this.#predicate) this.#buffer += ` ,\n        ${object}`;
      else this.#buffer += ` ;\n    ${predicate} ${object}`;
    } else {
      this.#buffer += `${this.#subject === undefined ? '' : ' .\n'}\n${subject} ${predicate} ${object}`;
      this.#subject = subject;
    }
    this.#predicate = predicate;
    if (this.#buffer.length >= chunkSize) this.flush();
  }

  /** Adds quads in order. */
  addAll(quads: Iterable<Quad>): void {
    for (const quad of quads) this.add(quad);
  }

  /** Hands what is gathered to the sink (the current block stays open). */
  flush(): void {
    if (this.#buffer === '') return;
    this.#sink(this.#buffer);
    this.#buffer = '';
  }

  /** Closes the last block and flushes; the writer may not be used after. */
  end(): void {
    if (this.#subject !== undefined) this.#buffer += ' .\n';
    this.#subject = undefined;
    this.flush();
  }
}

/**
 * The quads reordered so that each subject's quads, and within them each predicate's, come
 * together, in order of first appearance: stable, so the same input gives the same order.
 *
 * @example
 * ```ts
 * groupBySubject([a1, b1, a2]); // [a1, a2, b1]
 * ```
 */
export function groupBySubject(quads: Iterable<Quad>): Quad[] {
  const bySubject = new Map<string, Map<string, Quad[]>>();
  for (const quad of quads) {
    const s = `${quad.subject.termType[0]}${quad.subject.value}`;
    let byPredicate = bySubject.get(s);
    if (byPredicate === undefined) {
      byPredicate = new Map();
      bySubject.set(s, byPredicate);
    }
    const group = byPredicate.get(quad.predicate.value);
    if (group === undefined) byPredicate.set(quad.predicate.value, [quad]);
    else group.push(quad);
  }
  const out: Quad[] = [];
  for (const byPredicate of bySubject.values())
    for (const group of byPredicate.values()) for (const quad of group) out.push(quad);
  return out;
}

/**
 * The quads as one Turtle string, grouped by subject.
 *
 * @example
 * ```ts
 * quadsToTurtle(quads, { prefixes: { qd: 'https://example.org/ns#' } });
 * ```
 */
export function quadsToTurtle(quads: Iterable<Quad>, options: TurtleOptions = {}): string {
  let out = '';
  const writer = new TurtleWriter((chunk) => {
    out += chunk;
  }, options);
  writer.addAll(groupBySubject(quads));
  writer.end();
  return out;
}
