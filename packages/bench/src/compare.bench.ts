import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The scale benchmark of `@qingdan/compare`: 300 to 3,000 generated township lists of 200 duties
 * (up to 600,000 duties) aligned into duty concepts and the list × list similarity matrix built,
 * by the indexed method (inverted index of bigrams, bitsets) and, on the small sizes, by the naive
 * all-pairs method, in the same run. Each measurement runs in a process of its own, so that peak
 * memory is measured per size.
 *
 * `pnpm --filter @qingdan/bench compare [sizes] [naive sizes]`, e.g. `compare 300,3000 150`.
 */
interface Row {
  readonly method: string;
  readonly lists: number;
  readonly duties: number;
  readonly concepts: number;
  readonly alignMs: number;
  readonly alignCpuMs: number;
  readonly matrixMs: number;
  readonly matrixCpuMs: number;
  readonly peakRssMiB: number;
}

const sizes = (process.argv[2] ?? '75,150,300,600,1200,2000,3000').split(',').map(Number);
const naiveSizes = (process.argv[3] ?? '75,150').split(',').filter(Boolean).map(Number);
const worker = fileURLToPath(new URL('./compare-measure.ts', import.meta.url));

function measure(method: string, n: number): Row {
  const run = spawnSync(process.execPath, [...process.execArgv, worker, method, String(n)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(1);
  }
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Row;
}

const f = (x: number, d = 0) => x.toFixed(d).padStart(9);
const rows: Row[] = [];
for (const n of sizes) rows.push(measure('indexed', n));
for (const n of naiveSizes) rows.push(measure('naive', n));

const first = rows.find((r) => r.method === 'indexed');
console.log(
  'method    lists   duties concepts  align ms  cpu ms matrix ms  cpu ms  total s  peak MiB  cpu/duty vs first',
);
for (const r of rows) {
  const perDuty = r.alignCpuMs / r.duties;
  const growth = first ? perDuty / (first.alignCpuMs / first.duties) : Number.NaN;
  console.log(
    `${r.method.padEnd(8)}${f(r.lists)}${f(r.duties)}${f(r.concepts)}${f(r.alignMs)}${r.alignCpuMs.toFixed(0).padStart(8)}${f(r.matrixMs)}${r.matrixCpuMs.toFixed(0).padStart(8)}${f((r.alignMs + r.matrixMs) / 1000, 1)}${f(r.peakRssMiB)}${f(growth, 2)}`,
  );
}
for (const naive of rows.filter((r) => r.method === 'naive')) {
  const indexed = rows.find((r) => r.method === 'indexed' && r.lists === naive.lists);
  if (indexed)
    console.log(
      `${naive.lists} lists: naive/indexed alignment CPU time ${(naive.alignCpuMs / indexed.alignCpuMs).toFixed(1)}×, matrix CPU time ${(naive.matrixCpuMs / indexed.matrixCpuMs).toFixed(1)}×, concepts ${naive.concepts} vs ${indexed.concepts}`,
    );
}
const small = rows.find((r) => r.method === 'indexed' && r.lists === Math.min(...sizes));
const large = rows.find((r) => r.method === 'indexed' && r.lists === Math.max(...sizes));
if (small && large && small !== large)
  console.log(
    `${small.lists} → ${large.lists} lists (${(large.lists / small.lists).toFixed(0)}× the duties): alignment CPU time ${(large.alignCpuMs / small.alignCpuMs).toFixed(1)}×, matrix CPU time ${(large.matrixCpuMs / small.matrixCpuMs).toFixed(1)}× (pairs ${((large.lists * (large.lists - 1)) / (small.lists * (small.lists - 1))).toFixed(0)}×)`,
  );
