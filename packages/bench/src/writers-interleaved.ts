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
import { DataFactory, Writer } from 'n3';
import { n3TurtleLayout } from './n3-turtle-layout.js';
import { benchLists } from './rdf-data.js';

type Quad = ReturnType<typeof dutyListToQuads>[number];

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
const n3Layout = (quads: readonly Quad[]) =>
  n3TurtleLayout(quads, vocabularyRenderer.prefixes, count);

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
