import { namespaces, rdf, xsd } from '@qingdan/vocab';
import type { Literal, Quad, Term } from '@rdfjs/types';
import { BlankNode as N3BlankNode, Literal as N3Literal } from 'n3';
import { blankNodeLabel, escapeIri, escapeLiteral } from './escape.js';
import { commonPrefixes, isPrefixLabel, prefixShortener } from './prefixes.js';
import type { TextSink } from './sink.js';
import { literalAsItsId, termToNTriples } from './terms.js';

const {
  type: rdfType,
  first: rdfFirst,
  rest: rdfRest,
  nil: rdfNil,
  langString: rdfLangString,
} = rdf;
const xsdNs = namespaces.xsd;
const xsdString = xsd.string;
const bareLexical: Readonly<Record<string, RegExp>> = {
  [xsd.integer]: /^[+-]?[0-9]+$/,
  [xsd.boolean]: /^(true|false)$/,
};

/**
 * Characters gathered before the sink is called: few calls, each with a large chunk, but no
 * larger. A chunk is a string made of many pieces, which a sink that encodes it must flatten
 * first; measured, flattening and encoding chunks of 16 K characters took half the time of
 * chunks of 64 K (more of the pieces are still in the processor's cache).
 */
const chunkSize = 1 << 14;

/** Options of {@link TurtleWriter}. */
export interface TurtleOptions {
  /** Prefixes to declare and use, in addition to {@link commonPrefixes}. */
  readonly prefixes?: Readonly<Record<string, string>>;
}

/** A list cell written as part of a collection: its rdf:first and rdf:rest. */
interface Cell {
  readonly first: Term;
  readonly rest: Term;
}

/**
 * Writes Turtle for people: prefixed names, one block per subject, `;` between its predicates
 * and `,` between the objects of one predicate, and RDF lists as collections `( … )`. Quads are
 * written in the order given, a block continuing as long as the subject does;
 * {@link groupBySubject} gathers scattered quads first. Graphs are dropped (Turtle has none).
 * The same quads always give the same bytes. Text goes to the sink in chunks of about 16 K
 * characters, the rest at {@link TurtleWriter.end}.
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
  #out = '';
  #started = false;
  /** The subject of the open block and its written form. */
  #subject: Term | undefined;
  #subjectText = '';
  #predicate: string | undefined;
  /** The list cells of the current {@link addAll} call that are written as collections. */
  #cells: ReadonlyMap<string, Cell> | undefined;

  constructor(sink: TextSink, options: TurtleOptions = {}) {
    this.#sink = sink;
    const prefixes = { ...commonPrefixes, ...options.prefixes };
    for (const [label, namespace] of Object.entries(prefixes)) {
      if (!isPrefixLabel(label)) throw new RangeError(`not a Turtle prefix label: ${label}`);
      this.#out += `@prefix ${label}: <${escapeIri(namespace)}> .\n`;
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

  #literal(term: Literal): string {
    const same = literalAsItsId(term);
    if (same !== undefined) return same;
    let value: string;
    let datatype: string;
    if (term instanceof N3Literal) {
      // The parts of N3's id, read as its getters read them, each once.
      const id = term.id;
      const close = id.lastIndexOf('"');
      const mark = id.charCodeAt(close + 1);
      if (mark === 0x40) return `"${escapeLiteral(term.value)}"@${term.language}`;
      value = id.slice(1, close);
      datatype = mark === 0x5e ? id.slice(close + 3) : xsdString;
    } else {
      value = term.value;
      const language = term.language;
      if (language !== '') return `"${escapeLiteral(value)}"@${language}`;
      datatype = term.datatype.value;
    }
    if (datatype === xsdString || datatype === rdfLangString) return `"${escapeLiteral(value)}"`;
    if (bareLexical[datatype]?.test(value)) return value;
    return datatype.startsWith(xsdNs)
      ? `"${escapeLiteral(value)}"^^${this.#iri(datatype)}`
      : `"${escapeLiteral(value)}"^^<${escapeIri(datatype)}>`;
  }

  #term(term: Term): string {
    switch (term.termType) {
      case 'NamedNode':
        return this.#iri(term.value);
      case 'Literal':
        return this.#literal(term);
      case 'BlankNode': {
        const cell = this.#cells?.get(blankKey(term));
        return cell === undefined ? `_:${blankNodeLabel(term.value)}` : this.#collection(cell);
      }
      case 'DefaultGraph':
      case 'Variable':
      case 'Quad':
        return termToNTriples(term);
    }
  }

  /** A chain of list cells as `( first … )`, nested lists as collections too. */
  #collection(head: Cell): string {
    let text = '(';
    let cell: Cell | undefined = head;
    while (cell !== undefined) {
      text += ` ${this.#term(cell.first)}`;
      const rest: Term = cell.rest;
      cell = rest.termType === 'BlankNode' ? this.#cells?.get(blankKey(rest)) : undefined;
    }
    return `${text} )`;
  }

  #add(quad: Quad): void {
    const s = quad.subject;
    const p = quad.predicate.value;
    const object = this.#term(quad.object);
    const previous = this.#subject;
    let subject: string | undefined;
    let same = false;
    if (previous !== undefined) {
      if (s === previous) same = true;
      else if (
        s.termType === previous.termType &&
        (s.termType === 'NamedNode' || s.termType === 'BlankNode')
      )
        same = s.value === previous.value;
      else {
        // Other terms (generalised RDF) are compared by what is written.
        subject = this.#term(s);
        same = subject === this.#subjectText;
      }
    }
    if (same) {
      if (p === this.#predicate) this.#out += ` ,\n        ${object}`;
      else this.#out += ` ;\n    ${p === rdfType ? 'a' : this.#iri(p)} ${object}`;
    } else {
      subject ??= this.#term(s);
      const predicate = p === rdfType ? 'a' : this.#iri(p);
      this.#out += `${this.#started ? ' .\n' : ''}\n${subject} ${predicate} ${object}`;
      this.#started = true;
      this.#subject = s;
      this.#subjectText = subject;
    }
    this.#predicate = p;
  }

  #flush(): void {
    if (this.#out.length > 0) this.#sink(this.#out);
    this.#out = '';
  }

  /** Adds one quad, continuing the current block when the subject (and predicate) repeat. */
  add(quad: Quad): void {
    this.#add(quad);
    if (this.#out.length >= chunkSize) this.#flush();
  }

  /**
   * Adds quads in order. RDF lists among them whose cells are blank nodes with only their
   * `rdf:first` and `rdf:rest`, each used once, are written as collections `( … )` where they
   * are used, so hand a graph's quads to one call: a cell used again by a later call would be
   * another node there.
   */
  addAll(quads: Iterable<Quad>): void {
    const all = Array.isArray(quads) ? (quads as readonly Quad[]) : [...quads];
    const cells = collectionCells(all);
    this.#cells = cells;
    for (const quad of all) {
      const s = quad.subject;
      if (cells !== undefined && s.termType === 'BlankNode' && cells.has(blankKey(s))) continue;
      this.#add(quad);
      if (this.#out.length >= chunkSize) this.#flush();
    }
    this.#cells = undefined;
  }

  /** Closes the last block and hands the sink what is left; the writer may not be used after. */
  end(): void {
    if (this.#started) this.#out += ' .\n';
    this.#started = false;
    this.#subject = undefined;
    this.#flush();
  }
}

/** What is known of one blank node of an {@link TurtleWriter.addAll} call. */
interface Part {
  /** How often it is an object, and the subject of (the last) quad that uses it. */
  uses: number;
  by: Term | undefined;
  first: Term | undefined;
  rest: Term | undefined;
  /** Whether it has any other property, or a second rdf:first or rdf:rest. */
  other: boolean;
  /** Whether it is a cell written in a collection: unknown, being decided, no, yes. */
  state: 0 | 1 | 2 | 3;
  /** Whether it is reached from a statement that is written, in the same four states. */
  reached: 0 | 1 | 2 | 3;
}

const yes = 3;
const no = 2;
const deciding = 1;

/**
 * The blank nodes of `quads`, by {@link blankKey}, with those that are written as collections
 * marked `state: yes`: cells with exactly one rdf:first and one rdf:rest and nothing else, used
 * once as an object, in chains that end in rdf:nil, each reached from a quad that is written.
 * When some would not be reached (cells that hold one another in a cycle, used nowhere else),
 * none is written as a collection. `undefined` when no cell is.
 */
function collectionCells(quads: readonly Quad[]): Map<string, Cell> | undefined {
  let parts: Map<string, Part> | undefined;
  const part = (key: string): Part => {
    parts ??= new Map();
    let found = parts.get(key);
    if (found === undefined) {
      found = {
        uses: 0,
        by: undefined,
        first: undefined,
        rest: undefined,
        other: false,
        state: 0,
        reached: 0,
      };
      parts.set(key, found);
    }
    return found;
  };
  for (const q of quads) {
    const o = q.object;
    const s = q.subject;
    if (o.termType === 'BlankNode') {
      const used = part(blankKey(o));
      used.uses++;
      used.by = s;
    }
    if (s.termType !== 'BlankNode') continue;
    const described = part(blankKey(s));
    const p = q.predicate.value;
    if (p === rdfFirst && described.first === undefined) described.first = o;
    else if (p === rdfRest && described.rest === undefined) described.rest = o;
    else described.other = true;
  }
  if (parts === undefined) return undefined;
  const all: Map<string, Part> = parts;
  // Which cells head a well-formed chain: decided walking down each chain once.
  const chain: Part[] = [];
  let cells = 0;
  for (const head of all.values()) {
    if (head.state !== 0) continue;
    chain.length = 0;
    let verdict: typeof yes | typeof no = no;
    let at: Part | undefined = head;
    while (at !== undefined) {
      if (at.state === yes || at.state === no) {
        verdict = at.state;
        break;
      }
      // A chain that comes back to a cell being decided loops: not a list.
      if (at.state === deciding || at.other || at.uses !== 1) break;
      const rest: Term | undefined = at.rest;
      if (at.first === undefined || rest === undefined) break;
      at.state = deciding;
      chain.push(at);
      if (rest.termType === 'NamedNode' && rest.value === rdfNil) {
        verdict = yes;
        break;
      }
      at = rest.termType === 'BlankNode' ? all.get(blankKey(rest)) : undefined;
    }
    for (const c of chain) c.state = verdict;
    if (verdict === yes) cells += chain.length;
  }
  if (cells === 0) return undefined;
  // Each cell's one use is in a statement that is written, or in a cell that is reached.
  for (const cell of all.values()) {
    if (cell.state !== yes || cell.reached !== 0) continue;
    chain.length = 0;
    let verdict: typeof yes | typeof no = yes;
    let at: Part | undefined = cell;
    while (at !== undefined) {
      if (at.reached === yes || at.reached === no) {
        verdict = at.reached;
        break;
      }
      if (at.reached === deciding) {
        verdict = no;
        break;
      }
      at.reached = deciding;
      chain.push(at);
      const by = at.by as Term;
      const holder = by.termType === 'BlankNode' ? all.get(blankKey(by)) : undefined;
      at = holder?.state === yes ? holder : undefined;
    }
    for (const c of chain) c.reached = verdict;
    if (verdict === no) return undefined;
  }
  const written = new Map<string, Cell>();
  for (const [key, p] of all) if (p.state === yes) written.set(key, p as Cell);
  return written;
}

/**
 * A blank node as a map key: N3 keeps `_:label` as the term's id, where `value` would cut a
 * new string on every read; other terms get the same form.
 */
function blankKey(term: Term): string {
  return term instanceof N3BlankNode ? term.id : `_:${term.value}`;
}

/** A subject as a map key, blank nodes apart from IRIs. */
function subjectKey(term: Term): string {
  return term.termType === 'BlankNode' ? blankKey(term) : term.value;
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
  // its children), so runs are grouped, not quads: one map lookup a run. The runs are then
  // placed by a counting sort, each group at its offset, with no array per group.
  const all = Array.isArray(quads) ? (quads as readonly Quad[]) : [...quads];
  const n = all.length;
  if (n === 0) return [];
  const named = new Map<string, number>();
  const blank = new Map<string, number>();
  let runStarts = new Int32Array(256);
  let runGroups = new Int32Array(256);
  let sizes = new Int32Array(256);
  let runs = 0;
  let groups = 0;
  let start = 0;
  let previous = (all[0] as Quad).subject;
  for (let i = 1; i <= n; i++) {
    const subject = i < n ? (all[i] as Quad).subject : undefined;
    if (
      subject !== undefined &&
      (subject === previous ||
        (subject.termType === previous.termType && subjectKey(subject) === subjectKey(previous)))
    )
      continue;
    // A run of `previous` ends at i.
    const byKind = previous.termType === 'BlankNode' ? blank : named;
    const key = subjectKey(previous);
    let group = byKind.get(key);
    if (group === undefined) {
      group = groups++;
      byKind.set(key, group);
      if (group === sizes.length) sizes = grown(sizes);
    }
    if (runs === runStarts.length) {
      runStarts = grown(runStarts);
      runGroups = grown(runGroups);
    }
    runStarts[runs] = start;
    runGroups[runs++] = group;
    sizes[group] = (sizes[group] as number) + i - start;
    start = i;
    if (subject !== undefined) previous = subject;
  }
  if (runs === groups) {
    // Already grouped: only the predicates may need gathering.
    const out = all.slice();
    gatherPredicates(out, sizes, groups);
    return out;
  }
  const offsets = new Int32Array(groups);
  let at = 0;
  for (let g = 0; g < groups; g++) {
    offsets[g] = at;
    at += sizes[g] as number;
  }
  const out: Quad[] = new Array(n);
  for (let r = 0; r < runs; r++) {
    const g = runGroups[r] as number;
    const end = r + 1 < runs ? (runStarts[r + 1] as number) : n;
    let to = offsets[g] as number;
    for (let i = runStarts[r] as number; i < end; i++) out[to++] = all[i] as Quad;
    offsets[g] = to;
  }
  gatherPredicates(out, sizes, groups);
  return out;
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

/** Within each subject's group, each predicate's quads together too (they almost always are). */
function gatherPredicates(out: Quad[], sizes: Int32Array, groups: number): void {
  let at = 0;
  for (let g = 0; g < groups; g++) {
    const from = at;
    at += sizes[g] as number;
    if (at - from > 2 && !predicatesTogether(out, from, at)) groupByPredicate(out, from, at);
  }
}

function predicatesTogether(quads: readonly Quad[], from: number, to: number): boolean {
  if (to - from > 64) {
    const done = new Set<string>();
    let current = '';
    for (let i = from; i < to; i++) {
      const p = (quads[i] as Quad).predicate.value;
      if (p === current) continue;
      if (done.has(p)) return false;
      done.add(current);
      current = p;
    }
    return true;
  }
  // Small groups: compare with the earlier quads, without allocating.
  for (let i = from + 1; i < to; i++) {
    const p = (quads[i] as Quad).predicate.value;
    if (p === (quads[i - 1] as Quad).predicate.value) continue;
    for (let j = from; j < i - 1; j++) if ((quads[j] as Quad).predicate.value === p) return false;
  }
  return true;
}

/** Reorders `quads[from..to)` so each predicate's quads are together, in order of first use. */
function groupByPredicate(quads: Quad[], from: number, to: number): void {
  const byPredicate = new Map<string, Quad[]>();
  for (let i = from; i < to; i++) {
    const quad = quads[i] as Quad;
    const same = byPredicate.get(quad.predicate.value);
    if (same === undefined) byPredicate.set(quad.predicate.value, [quad]);
    else same.push(quad);
  }
  let at = from;
  for (const same of byPredicate.values()) for (const quad of same) quads[at++] = quad;
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
