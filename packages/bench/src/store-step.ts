// One measurement of the embedded store in a process of its own, so that its peak RSS is its
// own. Prints one JSON line. Steps: `floor` (oxigraph's bare load() of the editions' N-Triples,
// made beforehand and untimed, with no_transaction), `path` (what `qingdan query` does: each
// list to quads to N-Triples chunks into its graph, then the saved queries), `transaction`
// (the same N-Triples in one transactional load() per edition).
import type { DutyList } from '@qingdan/core';
import { EditionStore, editionNTriples, runQuery, savedQueries } from '@qingdan/store';
import { namedNode, Store } from 'oxigraph';
import { benchLists } from './rdf-data.js';

const base = 'https://data.example.org/qingdan/';
const [step = '', size = '10000'] = process.argv.slice(2);
const duties = Number(size);
const lists: DutyList[] = [...benchLists(duties)];

const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

let triples = 0;
let ms = 0;
let cpuMs = 0;
const queries: Record<string, number> = {};
if (step === 'path') {
  const store = new EditionStore();
  const t = performance.now();
  const c = cpuNow();
  for (const list of lists) triples += store.loadEdition(list, base).triples;
  ms = performance.now() - t;
  cpuMs = cpuNow() - c;
  store.loadVocabulary();
  for (const q of savedQueries) {
    const qt = performance.now();
    runQuery(store, q.sparql);
    queries[q.name] = performance.now() - qt;
  }
} else {
  const g0 = cpuNow();
  const texts = lists.map((list) => {
    const nt = editionNTriples(list, base);
    const text = [...nt.chunks].join('');
    triples += nt.triples();
    return { graph: nt.graph, text };
  });
  queries.generateCpuMs = cpuNow() - g0;
  const store = new Store();
  const t = performance.now();
  const c = cpuNow();
  for (const { graph, text } of texts)
    store.load(text, {
      format: 'application/n-triples',
      to_graph_name: namedNode(graph),
      ...(step === 'floor' ? { no_transaction: true } : {}),
    });
  ms = performance.now() - t;
  cpuMs = cpuNow() - c;
  if (store.size !== triples) throw new Error(`loaded ${store.size} of ${triples} quads`);
}
const peakRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ step, duties, triples, ms, cpuMs, peakRssMb, queries })}\n`,
);
