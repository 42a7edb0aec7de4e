// `qingdan push`'s path to a running Virtuoso in a process of its own, so that its peak RSS is
// its own: generated lists to graphs to the Graph Store Protocol. Prints one JSON line.
// Usage: virtuoso-push.ts <http root> <duties> <base> [seed] [concurrency]
import { listPushGraphs, pushGraphs } from '@qingdan/store';
import { benchLists } from './rdf-data.js';

const [
  http = '',
  size = '5000',
  base = 'https://push.example.org/qingdan/',
  seed = '1',
  concurrency = '1',
] = process.argv.slice(2);
const lists = [...benchLists(Number(size), Number(seed))];
// From the lists in memory (as `qingdan push` has them once read) to the last graph in place:
// making the text is part of the push.
const started = performance.now();
const graphs = listPushGraphs(lists, base);
const report = await pushGraphs(graphs, {
  endpoint: `${http}/sparql-graph-crud-auth`,
  update: `${http}/sparql-auth`,
  graphParameter: 'graph-uri',
  credentials: { user: 'dba', password: 'dba' },
  concurrency: Number(concurrency),
});
process.stdout.write(
  `${JSON.stringify({
    triples: report.triplesSent,
    graphs: report.graphs.length,
    pushed: report.graphs.filter((g) => g.outcome === 'pushed').length,
    ms: performance.now() - started,
    pushMs: report.milliseconds,
    phases: report.phases,
    cpuMs: (process.cpuUsage().user + process.cpuUsage().system) / 1000,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
