// `qingdan push`'s path to a running Virtuoso in a process of its own, so that its peak RSS is
// its own: generated lists to graphs to the Graph Store Protocol. Prints one JSON line.
// Usage: virtuoso-push.ts <http root> <duties> <base>
import { listPushGraphs, pushGraphs } from '@qingdan/store';
import { benchLists } from './rdf-data.js';

const [http = '', size = '5000', base = 'https://push.example.org/qingdan/'] =
  process.argv.slice(2);
const graphs = listPushGraphs([...benchLists(Number(size))], base);
const started = performance.now();
const report = await pushGraphs(graphs, {
  endpoint: `${http}/sparql-graph-crud-auth`,
  update: `${http}/sparql-auth`,
  graphParameter: 'graph-uri',
  credentials: { user: 'dba', password: 'dba' },
});
process.stdout.write(
  `${JSON.stringify({
    triples: report.triplesSent,
    graphs: report.graphs.length,
    ms: performance.now() - started,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  })}\n`,
);
