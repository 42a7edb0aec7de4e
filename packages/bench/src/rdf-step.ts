// One measurement in a process of its own, so that its peak RSS is its own. Prints one JSON line.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DutyList } from '@qingdan/core';
import {
  dutyListToJsonLd,
  dutyListToQuads,
  editionIris,
  groupBySubject,
  publishLists,
  staticDocumentLoader,
  TurtleWriter,
  vocabularyRenderer,
  writeLines,
} from '@qingdan/rdf';
import { qingdanContext } from '@qingdan/vocab';
import jsonld from 'jsonld';
import { DataFactory, Writer } from 'n3';
import { n3TurtleLayout } from './n3-turtle-layout.js';
import { filesBelow, writeFloor } from './publish-floor.js';
import { benchLists } from './rdf-data.js';

const base = 'https://data.example.org/qingdan/';
const [step = '', size = '10000'] = process.argv.slice(2);
const duties = Number(size);

// CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
let ms = 0;
let cpuMs = 0;
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let bytes = 0;
let triples = 0;
const timed = <T>(f: () => T): T => {
  const t = performance.now();
  const c = cpuNow();
  const r = f();
  ms += performance.now() - t;
  cpuMs += cpuNow() - c;
  return r;
};
const timedAsync = async <T>(f: () => Promise<T>): Promise<T> => {
  const t = performance.now();
  const c = cpuNow();
  const r = await f();
  ms += performance.now() - t;
  cpuMs += cpuNow() - c;
  return r;
};
const count = (chunk: string) => {
  bytes += chunk.length;
};
/** A byte sink that only counts what is written into it, its buffer reused. */
const countingBytes = () => {
  const sink = {
    buffer: Buffer.allocUnsafe(1 << 20),
    used: 0,
    room(n: number) {
      if (sink.used + n <= sink.buffer.length) return;
      bytes += sink.used;
      sink.used = 0;
      if (n > sink.buffer.length) sink.buffer = Buffer.allocUnsafe(n);
    },
    end() {
      bytes += sink.used;
      sink.used = 0;
    },
  };
  return sink;
};
const ntBytes = countingBytes();
const nqBytes = countingBytes();
// N3.Writer's text encoded to UTF-8 bytes, as a file needs it, into one reused buffer.
const encoder = new TextEncoder();
let encoded = Buffer.allocUnsafe(1 << 22);
const encode = (text: string) => {
  if (text.length * 3 > encoded.length) encoded = Buffer.allocUnsafe(text.length * 3);
  bytes += encoder.encodeInto(text, encoded).written;
};

const started = performance.now();
if (step === 'publish-floor') {
  // Publish once, untimed, to learn the files and their sizes; then time writing them.
  const published = join(mkdtempSync(join(tmpdir(), 'qingdan-bench-')), 'public');
  const report = await publishLists(
    (function* () {
      for (const list of benchLists(duties)) yield { ok: true as const, file: list.id, list };
    })(),
    { out: published, base, renderer: vocabularyRenderer, modified: '2024-12-01' },
  );
  if (!report.committed) throw new Error('bench lists rejected');
  triples = report.totals.triples;
  const files = filesBelow(published);
  rmSync(join(published, '..'), { recursive: true, force: true });
  const out = mkdtempSync(join(tmpdir(), 'qingdan-bench-floor-'));
  const t = performance.now();
  const c = cpuNow();
  bytes = writeFloor(out, files);
  cpuMs = cpuNow() - c;
  ms = performance.now() - t;
  rmSync(out, { recursive: true, force: true });
} else if (step === 'publish') {
  const out = join(mkdtempSync(join(tmpdir(), 'qingdan-bench-')), 'public');
  const sources = (function* () {
    for (const list of benchLists(duties)) yield { ok: true as const, file: list.id, list };
  })();
  const c = cpuNow();
  const report = await publishLists(sources, {
    out,
    base,
    renderer: vocabularyRenderer,
    modified: '2024-12-01',
  });
  // A rejected list would make publishing look fast by writing nothing.
  if (!report.committed || report.rejected.length > 0)
    throw new Error(`bench lists rejected: ${JSON.stringify(report.rejected[0]?.issues[0])}`);
  ms = report.totals.milliseconds;
  cpuMs = cpuNow() - c;
  triples = report.totals.triples;
  bytes = Object.values(report.totals.bytes).reduce((a: number, b) => a + (b ?? 0), 0);
  rmSync(join(out, '..'), { recursive: true, force: true });
} else {
  // A short warm-up, untimed, so every step is measured with its code compiled.
  await pass(benchLists(2000, 99));
  ms = 0;
  cpuMs = 0;
  bytes = 0;
  triples = 0;
  await pass(benchLists(duties));
}

/** The edition's IRI, the graph its N-Quads name. */
function editionGraph(list: DutyList) {
  return DataFactory.namedNode(editionIris(base, list.division.code, list.id).edition);
}

async function pass(lists: Iterable<DutyList>): Promise<void> {
  for (const list of lists) {
    // The mapping to quads is common to every RDF writer: built outside the timed part.
    const needsQuads = [
      'ttl',
      'nt',
      'nt-nq',
      'n3-ttl',
      'n3-ttl-grouped',
      'n3-nt',
      'n3-nt-bytes',
      'n3-nt-nq-bytes',
      'jsonld-js',
      'quads',
    ].includes(step);
    const quads = needsQuads
      ? step === 'quads'
        ? timed(() => dutyListToQuads(list, { base }))
        : dutyListToQuads(list, { base })
      : [];
    triples += quads.length;
    switch (step) {
      case 'floor':
        bytes += timed(() => JSON.stringify(list)).length;
        break;
      case 'jsonld':
        bytes += timed(() => JSON.stringify(dutyListToJsonLd(list, { base }))).length;
        break;
      case 'quads':
        break;
      case 'ttl':
        timed(() => {
          const w = new TurtleWriter(count, { prefixes: vocabularyRenderer.prefixes });
          w.addAll(groupBySubject(quads));
          w.end();
        });
        break;
      case 'nt':
        // Ours writes bytes: N-Triples of the quads as UTF-8, into a buffer that is counted.
        timed(() => {
          writeLines(quads, { nt: ntBytes });
          ntBytes.end();
        });
        break;
      case 'nt-nq':
        // As publishing writes them: the N-Triples, and the N-Quads in the edition's graph.
        timed(() => {
          writeLines(quads, { nt: ntBytes, nq: nqBytes, graph: editionGraph(list) });
          ntBytes.end();
          nqBytes.end();
        });
        break;
      case 'n3-ttl':
      case 'n3-nt':
        timed(() => {
          const w = new Writer(
            step === 'n3-ttl' ? { prefixes: vocabularyRenderer.prefixes } : { format: 'N-Triples' },
          );
          w.addQuads(quads);
          w.end((_error, result: string) => {
            bytes += result.length;
          });
        });
        break;
      case 'n3-nt-bytes':
        // N3.Writer doing what ours does: N-Triples text, then its UTF-8 bytes.
        timed(() => {
          const w = new Writer({ format: 'N-Triples' });
          w.addQuads(quads);
          w.end((_error, result: string) => encode(result));
        });
        break;
      case 'n3-nt-nq-bytes':
        // N3.Writer doing what publishing does: N-Triples and N-Quads in the edition's graph, as bytes.
        timed(() => {
          const graph = editionGraph(list);
          const nt = new Writer({ format: 'N-Triples' });
          nt.addQuads(quads);
          nt.end((_error, result: string) => encode(result));
          const nq = new Writer({ format: 'N-Quads' });
          for (const q of quads) nq.addQuad(q.subject, q.predicate, q.object, graph);
          nq.end((_error, result: string) => encode(result));
        });
        break;
      case 'n3-ttl-grouped':
        // N3.Writer doing what our Turtle writer does: a block per subject and `( … )` for the
        // RDF lists, given through its `lists` option.
        timed(() =>
          n3TurtleLayout(quads, vocabularyRenderer.prefixes, (text) => {
            bytes += text.length;
          }),
        );
        break;
      case 'jsonld-js': {
        // The processor route to the same compact document: quads in (never an N-Quads string).
        const doc = await timedAsync(async () => {
          const expanded = await jsonld.fromRDF(quads as never);
          return jsonld.compact(expanded, qingdanContext as never, {
            documentLoader: staticDocumentLoader as never,
          });
        });
        bytes += JSON.stringify(doc).length;
        break;
      }
      default:
        throw new Error(`unknown step ${step}`);
    }
  }
}
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ step, duties, ms, cpuMs, totalMs: performance.now() - started, triples, bytes, peakRssMb })}\n`,
);
