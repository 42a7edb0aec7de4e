import { rdf } from '@qingdan/vocab';
import type { Quad, Term } from 'n3';

/** Why a value could not be read, in both languages. */
export class Unreadable extends Error {
  override readonly name = 'Unreadable';
  constructor(
    readonly subject: string,
    readonly property: string,
    readonly reason: string,
    readonly reasonZh: string,
  ) {
    super(`${subject} ${property}: ${reason}`);
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
      throw new Unreadable(subject.value, predicate, 'more than one value', '有多个值');
    return values[0];
  }

  one(subject: Term, predicate: string): Term {
    const value = this.optional(subject, predicate);
    if (!value) throw new Unreadable(subject.value, predicate, 'no value', '缺少取值');
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
        throw new Unreadable(subject.value, predicate, 'the list loops', '列表成环');
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
