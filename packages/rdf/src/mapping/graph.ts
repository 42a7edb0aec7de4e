import { rdf } from '@qingdan/vocab';
import type { Quad, Term } from 'n3';

/**
 * Why a value could not be read: the `reason` sub-code of `rdf-value-unreadable` (its zh and en
 * text live in the core's message table) and the value the text quotes, if any.
 */
export type UnreadableReason =
  | { readonly reason: 'several-values' | 'no-value' | 'list-loops' }
  | { readonly reason: 'not-a-number' | 'not-a-boolean' | 'not-one-section' }
  | { readonly reason: 'not-a-concept'; readonly scheme: string }
  | { readonly reason: 'not-under'; readonly prefix: string }
  | { readonly reason: 'not-listed'; readonly member: string };

/** A value of the graph that the mapping cannot read, thrown within the reader and caught at its edge. */
export class Unreadable extends Error {
  override readonly name = 'Unreadable';
  constructor(
    readonly subject: string,
    readonly property: string,
    readonly why: UnreadableReason,
  ) {
    super(`${subject} ${property}: ${why.reason}`);
  }
}

/**
 * The quads of a graph indexed by subject and predicate, with the few readers the mapping needs:
 * one value, an optional value, every value, and the members of an RDF list.
 */
export class Graph {
  private readonly index = new Map<string, Map<string, Term[]>>();

  constructor(quads: Iterable<Quad>) {
    for (const q of quads) {
      const key = termKey(q.subject);
      let bySubject = this.index.get(key);
      if (!bySubject) {
        bySubject = new Map();
        this.index.set(key, bySubject);
      }
      const objects = bySubject.get(q.predicate.value);
      if (!objects) bySubject.set(q.predicate.value, [q.object]);
      else if (!objects.some((o) => o.equals(q.object))) objects.push(q.object);
    }
  }

  /** Subjects that have `predicate` with `object`. */
  subjectsWith(predicate: string, object: string): string[] {
    const found: string[] = [];
    for (const [subject, byPredicate] of this.index)
      if (byPredicate.get(predicate)?.some((o) => o.value === object)) found.push(subject);
    return found;
  }

  all(subject: Term, predicate: string): Term[] {
    return this.index.get(termKey(subject))?.get(predicate) ?? [];
  }

  optional(subject: Term, predicate: string): Term | undefined {
    const values = this.all(subject, predicate);
    if (values.length > 1)
      throw new Unreadable(subject.value, predicate, { reason: 'several-values' });
    return values[0];
  }

  one(subject: Term, predicate: string): Term {
    const value = this.optional(subject, predicate);
    if (!value) throw new Unreadable(subject.value, predicate, { reason: 'no-value' });
    return value;
  }

  /** The members of the RDF list `subject predicate`, or undefined when there is none. */
  list(subject: Term, predicate: string): Term[] | undefined {
    let cell = this.optional(subject, predicate);
    if (!cell) return undefined;
    const items: Term[] = [];
    const seen = new Set<string>();
    while (!(cell.termType === 'NamedNode' && cell.value === rdf.nil)) {
      if (seen.has(termKey(cell)))
        throw new Unreadable(subject.value, predicate, { reason: 'list-loops' });
      seen.add(termKey(cell));
      items.push(this.one(cell, rdf.first));
      cell = this.one(cell, rdf.rest);
    }
    return items;
  }
}

function termKey(term: Term): string {
  return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
}
