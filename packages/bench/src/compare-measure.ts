import { alignLists, similarityMatrix } from '@qingdan/compare';
import { generateLists } from './compare-generate.js';
import { naiveAlign, naiveMatrix } from './compare-naive.js';

/**
 * One measurement, in a process of its own so that its peak memory is its own: generate `n`
 * lists of 200 duties, align them and build the similarity matrix, by the indexed method or the
 * naive one, and print the figures as one line of JSON.
 */
const [method = 'indexed', size = '300'] = process.argv.slice(2);
const n = Number(size);
const lists = generateLists(n, 200);
const duties = lists.reduce((s, l) => s + l.duties.length, 0);
const rssBefore = process.memoryUsage().rss;
// CPU time beside wall time: on a shared machine the wall clock also counts others' work.
const cpuMs = (since: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1000;
};
let t = performance.now();
let cpu = process.cpuUsage();
let concepts: number;
let alignMs: number;
let alignCpuMs: number;
let matrixMs: number;
let matrixCpuMs: number;
if (method === 'naive') {
  concepts = naiveAlign(lists);
  alignMs = performance.now() - t;
  alignCpuMs = cpuMs(cpu);
  // The naive matrix is fed the indexed alignment's concepts, so that only the matrix is timed.
  const alignment = alignLists(lists);
  const sets = alignment.conceptOf.map((c) => new Set(c));
  t = performance.now();
  cpu = process.cpuUsage();
  naiveMatrix(sets);
  matrixMs = performance.now() - t;
  matrixCpuMs = cpuMs(cpu);
} else {
  const alignment = alignLists(lists);
  alignMs = performance.now() - t;
  alignCpuMs = cpuMs(cpu);
  concepts = alignment.concepts.length;
  t = performance.now();
  cpu = process.cpuUsage();
  similarityMatrix(alignment);
  matrixMs = performance.now() - t;
  matrixCpuMs = cpuMs(cpu);
}
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(
  `${JSON.stringify({ method, lists: n, duties, concepts, alignMs, alignCpuMs, matrixMs, matrixCpuMs, peakRssMiB, listsRssMiB: rssBefore / 2 ** 20 })}\n`,
);
