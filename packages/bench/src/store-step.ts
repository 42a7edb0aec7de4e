// One measurement of the embedded store in a process of its own, so that its peak RSS is its
// own. Prints one JSON line for the load, then one per saved query as each finishes (the bench
// stops the process when the queries run past its budget). Steps: `floor` (oxigraph's bare
// load() of the editions' N-Triples, made beforehand and untimed, with no_transaction), `path`
// (what `qingdan query` does with lists: each list to N-Triples into its graph, then the saved
// queries), `folder <dir>` (what `qingdan query` does with a published folder: its N-Quads files
// loaded as they are), `transaction` (the floor's N-Triples in one transactional load() per
// edition).
import type { DutyList } from '@qingdan/core';
import {
  EditionStore,
  editionNTriples,
  loadPublishedFolder,
  runQuery,
  savedQueries,
} from '@qingdan/store';
import { namedNode, Store } from 'oxigraph';
import { benchLists } from './rdf-data.js';

const base = 'https://data.example.org/qingdan/';
const [step = '', size = '10000', folder = ''] = process.argv.slice(2);
const duties = Number(size);

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
const peakRssMb = () => process.resourceUsage().maxRSS / 1024;

let triples = 0;
let ms = 0;
let cpuMs = 0;
let generateCpuMs = 0;
let store: EditionStore | undefined;
if (step === 'path' || step === 'folder') {
  const lists: DutyList[] = step === 'path' ? [...benchLists(duties)] : [];
  store = new EditionStore();
  const t = performance.now();
  const c = cpuNow();
  if (step === 'path') for (const list of lists) triples += store.loadEdition(list, base).triples;
  else for (const g of loadPublishedFolder(store, folder)) triples += g.triples;
  ms = performance.now() - t;
  cpuMs = cpuNow() - c;
} else {
  const lists: DutyList[] = [...benchLists(duties)];
  const g0 = cpuNow();
  const texts = lists.map((list) => {
    const nt = editionNTriples(list, base);
    triples += nt.triples;
    return { graph: nt.graph, text: nt.text };
  });
  generateCpuMs = cpuNow() - g0;
  const bare = new Store();
  const t = performance.now();
  const c = cpuNow();
  for (const { graph, text } of texts)
    bare.load(text, {
      format: 'application/n-triples',
      to_graph_name: namedNode(graph),
      ...(step === 'floor' ? { no_transaction: true } : {}),
    });
  ms = performance.now() - t;
  cpuMs = cpuNow() - c;
  if (bare.size !== triples) throw new Error(`loaded ${bare.size} of ${triples} quads`);
}
print({ step, duties, triples, ms, cpuMs, generateCpuMs, peakRssMb: peakRssMb() });
if (step === 'path' && store) {
  store.loadVocabulary();
  // The query that once grew with the square of the lists runs last, so that should one grow so
  // again and the bench's budget stop it, the other queries have their times.
  const slowest = 'basic-here-reclaimed-there';
  const ordered = [
    ...savedQueries.filter((q) => q.name !== slowest),
    ...savedQueries.filter((q) => q.name === slowest),
  ];
  for (const q of ordered) {
    const t = performance.now();
    const c = cpuNow();
    runQuery(store, q.sparql);
    print({
      query: q.name,
      ms: performance.now() - t,
      cpuMs: cpuNow() - c,
      peakRssMb: peakRssMb(),
    });
  }
}
