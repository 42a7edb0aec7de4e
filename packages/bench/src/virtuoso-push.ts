// `qingdan push`'s path to a running Virtuoso in a process of its own, so that its peak RSS is
// its own: a folder `qingdan publish` wrote, to the Graph Store Protocol. Prints one JSON line.
// Usage: virtuoso-push.ts <http root> <published folder> [concurrency]
import { publishedPushGraphs, pushGraphs } from '@qingdan/store';

const [http = '', folder = '', concurrency = '1'] = process.argv.slice(2);
// From the published folder to the last graph in place: reading the files is part of the push.
const started = performance.now();
const graphs = publishedPushGraphs(folder);
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
