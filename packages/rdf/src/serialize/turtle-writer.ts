import type { Quad, Term } from '@rdfjs/types';
import { escapeIri, escapeLiteral } from './escape.js';
import { commonPrefixes, isPrefixLabel, prefixShortener } from './prefixes.js';
import type { TextSink } from './sink.js';
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
  #subject: string | undefined;
  #predicate: string | undefined;

  constructor(sink: TextSink, options: TurtleOptions = {}) {
    this.#sink = sink;
    const prefixes = { ...commonPrefixes, ...options.prefixes };
    for (const [label, namespace] of Object.entries(prefixes)) {
      if (!isPrefixLabel(label)) throw new RangeError(`not a Turtle prefix label: ${label}`);
      sink(`@prefix ${label}: <${escapeIri(namespace)}> .\n`);
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
      if (predicate === this.#predicate) this.#sink(` ,\n        ${object}`);
      else this.#sink(` ;\n    ${predicate} ${object}`);
    } else {
      this.#sink(`${this.#subject === undefined ? '' : ' .\n'}\n${subject} ${predicate} ${object}`);
      this.#subject = subject;
    }
    this.#predicate = predicate;
  }

  /** Adds quads in order. */
  addAll(quads: Iterable<Quad>): void {
    for (const quad of quads) this.add(quad);
  }

  /** Closes the last block; the writer may not be used after. */
  end(): void {
    if (this.#subject !== undefined) this.#sink(' .\n');
    this.#subject = undefined;
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
  // Quads mostly come in runs of one subject (a mapping interrupts a node's quads to describe
  // its children), so runs are grouped, not quads: one map lookup a run rather than a quad.
  const all = Array.isArray(quads) ? (quads as readonly Quad[]) : [...quads];
  const named = new Map<string, number[]>();
  const blank = new Map<string, number[]>();
  const order: number[][] = [];
  let start = 0;
  const closeRun = (end: number) => {
    const subject = (all[start] as Quad).subject;
    const byKind = subject.termType === 'BlankNode' ? blank : named;
    const runs = byKind.get(subject.value);
    if (runs === undefined) {
      const fresh = [start, end];
      byKind.set(subject.value, fresh);
      order.push(fresh);
    } else runs.push(start, end);
  };
  for (let i = 1; i < all.length; i++) {
    const a = (all[i - 1] as Quad).subject;
    const b = (all[i] as Quad).subject;
    if (a.value !== b.value || a.termType !== b.termType) {
      closeRun(i);
      start = i;
    }
  }
  if (all.length > 0) closeRun(all.length);
  const out: Quad[] = [];
  for (const runs of order) {
    const group: Quad[] = [];
    for (let r = 0; r < runs.length; r += 2)
      for (let i = runs[r] as number; i < (runs[r + 1] as number); i++) group.push(all[i] as Quad);
    if (predicatesTogether(group)) for (const quad of group) out.push(quad);
    else for (const quad of groupByPredicate(group)) out.push(quad);
  }
  return out;
}

function predicatesTogether(group: readonly Quad[]): boolean {
  if (group.length < 3) return true;
  const done = new Set<string>();
  let current = '';
  for (const quad of group) {
    const p = quad.predicate.value;
    if (p === current) continue;
    if (done.has(p)) return false;
    done.add(current);
    current = p;
  }
  return true;
}

function groupByPredicate(group: readonly Quad[]): Quad[] {
  const byPredicate = new Map<string, Quad[]>();
  for (const quad of group) {
    const same = byPredicate.get(quad.predicate.value);
    if (same === undefined) byPredicate.set(quad.predicate.value, [quad]);
    else same.push(quad);
  }
  return [...byPredicate.values()].flat();
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
