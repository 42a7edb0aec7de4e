// Our writers and N3.Writer on the same quads, edition by edition in turn, in one process: each
// edition is written by every writer before the next, the order rotating, so a busy neighbour
// or a garbage collection falls on all of them alike. Prints one JSON line: CPU ms per writer,
// per round. Usage: writers-interleaved.ts <duties> [rounds]
import type { DutyList } from '@qingdan/core';
import {
  dutyListToQuads,
  editionIris,
  escapeIri,
  groupBySubject,
  TurtleWriter,
  UnwritableTermError,
  vocabularyRenderer,
  writeLines,
} from '@qingdan/rdf';
import { rdf } from '@qingdan/vocab';
import { DataFactory, Writer, type WriterOptions } from 'n3';
import { benchLists } from './rdf-data.js';

type Quad = ReturnType<typeof dutyListToQuads>[number];
type Term = Quad['object'];

const base = 'https://data.example.org/qingdan/';
const duties = Number(process.argv[2] ?? 20_000);
const rounds = Number(process.argv[3] ?? 3);

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** A byte sink that only counts, its buffer reused. */
function countingBytes() {
  const sink = {
    bytes: 0,
    buffer: Buffer.allocUnsafe(1 << 20),
    used: 0,
    room(n: number) {
      if (sink.used + n <= sink.buffer.length) return;
      sink.bytes += sink.used;
      sink.used = 0;
      if (n > sink.buffer.length) sink.buffer = Buffer.allocUnsafe(n);
    },
  };
  return sink;
}
const nt = countingBytes();
const nq = countingBytes();
const encoder = new TextEncoder();
let encoded = Buffer.allocUnsafe(1 << 22);
let sunk = 0;
const encode = (text: string) => {
  if (text.length * 3 > encoded.length) encoded = Buffer.allocUnsafe(text.length * 3);
  sunk += encoder.encodeInto(text, encoded).written;
};
const count = (text: string) => {
  sunk += text.length;
};

/** The mapping's RDF lists for N3.Writer's `lists`: its cells are blank, each used once. */
function rdfLists(quads: readonly Quad[]) {
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

/** Refuses what our writers refuse (IRIs no syntax allows, lone surrogates), as a replacement must. */
function check(quads: readonly Quad[]): void {
  const seen = new Set<string>();
  const iri = (value: string) => {
    if (seen.has(value)) return;
    escapeIri(value);
    seen.add(value);
  };
  for (const q of quads)
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType === 'NamedNode') iri(t.value);
      else if (t.termType === 'Literal') {
        if (!t.value.isWellFormed()) throw new UnwritableTermError(t.value, 'lone-surrogate');
        iri(t.datatype.value);
      }
    }
}

/** N3.Writer writing what ours writes: a block per subject, the lists as `( … )`. */
function n3Layout(quads: readonly Quad[]): void {
  const { lists, cells } = rdfLists(quads);
  const w = new Writer({ prefixes: vocabularyRenderer.prefixes, lists } as WriterOptions);
  for (const q of groupBySubject(quads))
    if (!(q.subject.termType === 'BlankNode' && cells.has(q.subject.value))) w.addQuad(q);
  w.end((_error, text: string) => count(text));
}

interface Edition {
  readonly quads: Quad[];
  readonly graph: ReturnType<typeof DataFactory.namedNode>;
}

const writers: Record<string, (e: Edition) => void> = {
  'nt ours': (e) => writeLines(e.quads, { nt }),
  'nt N3 (bytes)': (e) => {
    const w = new Writer({ format: 'N-Triples' });
    w.addQuads(e.quads);
    w.end((_error, text: string) => encode(text));
  },
  'nt+nq ours': (e) => writeLines(e.quads, { nt, nq, graph: e.graph }),
  'nt+nq N3 (bytes)': (e) => {
    const a = new Writer({ format: 'N-Triples' });
    a.addQuads(e.quads);
    a.end((_error, text: string) => encode(text));
    const b = new Writer({ format: 'N-Quads' });
    for (const q of e.quads) b.addQuad(q.subject, q.predicate, q.object, e.graph);
    b.end((_error, text: string) => encode(text));
  },
  'ttl ours': (e) => {
    const w = new TurtleWriter(count, { prefixes: vocabularyRenderer.prefixes });
    w.addAll(groupBySubject(e.quads));
    w.end();
  },
  'ttl N3': (e) => {
    const w = new Writer({ prefixes: vocabularyRenderer.prefixes });
    w.addQuads(e.quads);
    w.end((_error, text: string) => count(text));
  },
  'ttl N3, same layout': (e) => n3Layout(e.quads),
  'ttl N3, same layout, checked': (e) => {
    check(e.quads);
    n3Layout(e.quads);
  },
};

const names = Object.keys(writers);
const editions: Edition[] = [...benchLists(duties)].map((list: DutyList) => ({
  quads: dutyListToQuads(list, { base }),
  graph: DataFactory.namedNode(editionIris(base, list.division.code, list.id).edition),
}));
const perRound: Record<string, number>[] = [];
for (let round = 0; round < rounds; round++) {
  const ms: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  editions.forEach((edition, i) => {
    for (let j = 0; j < names.length; j++) {
      const name = names[(i + j) % names.length] as string;
      const start = cpuNow();
      (writers[name] as (e: Edition) => void)(edition);
      ms[name] = (ms[name] as number) + cpuNow() - start;
    }
  });
  perRound.push(ms);
}
process.stdout.write(
  `${JSON.stringify({ duties, rounds: perRound, sunk: sunk + nt.bytes + nq.bytes })}\n`,
);
