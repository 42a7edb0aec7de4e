// N3.Writer writing Turtle in the layout our writer uses — a block per subject, RDF lists as
// `( … )` — the peer our Turtle writer is measured against, in the rdf steps and interleaved.
import { type dutyListToQuads, groupBySubject } from '@qingdan/rdf';
import { rdf } from '@qingdan/vocab';
import { Writer, type WriterOptions } from 'n3';

type Quad = ReturnType<typeof dutyListToQuads>[number];
type Term = Quad['object'];

/**
 * The RDF lists of the mapping's quads, by the label of their first cell, for N3.Writer's
 * `lists`: the mapping's list cells are blank nodes with only `rdf:first` and `rdf:rest`, each
 * used once, so no more checking is needed here than that.
 */
function rdfLists(quads: readonly Quad[]): {
  lists: Record<string, Term[]>;
  cells: Map<string, { first?: Term; rest?: Term }>;
} {
  const cells = new Map<string, { first?: Term; rest?: Term }>();
  for (const q of quads) {
    const p = q.predicate.value;
    if (q.subject.termType !== 'BlankNode' || (p !== rdf.first && p !== rdf.rest)) continue;
    const cell = cells.get(q.subject.value) ?? {};
    if (p === rdf.first) cell.first = q.object;
    else cell.rest = q.object;
    cells.set(q.subject.value, cell);
  }
  const rests = new Set<string>();
  for (const c of cells.values()) if (c.rest?.termType === 'BlankNode') rests.add(c.rest.value);
  const lists: Record<string, Term[]> = {};
  for (const [label, head] of cells) {
    if (rests.has(label)) continue;
    const items: Term[] = [];
    for (let at: typeof head | undefined = head; at?.first !== undefined; ) {
      items.push(at.first);
      at = at.rest?.termType === 'BlankNode' ? cells.get(at.rest.value) : undefined;
    }
    lists[label] = items;
  }
  return { lists, cells };
}

/** The quads as Turtle by N3.Writer in our layout, handed to `done` as one string. */
export function n3TurtleLayout(
  quads: readonly Quad[],
  prefixes: Readonly<Record<string, string>>,
  done: (text: string) => void,
): void {
  const { lists, cells } = rdfLists(quads);
  // `lists` is an option of N3.Writer that @types/n3 does not declare.
  const w = new Writer({ prefixes, lists } as WriterOptions);
  for (const q of groupBySubject(quads))
    if (!(q.subject.termType === 'BlankNode' && cells.has(q.subject.value))) w.addQuad(q);
  w.end((_error, text: string) => done(text));
}
