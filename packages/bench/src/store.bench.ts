// The embedded store's load, side by side in one run, each step in a child process of its own
// so that it reads its own peak RSS: oxigraph's bare load() of the same N-Triples with
// no_transaction (the floor), qingdan query's path (lists to N-Triples to the store), and the
// bare load in one transaction per edition; then each saved query's time on the loaded store.
// Usage: pnpm --filter @qingdan/bench store [sizes…], e.g. `store 20000 100000`.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

interface Step {
  readonly step: string;
  readonly duties: number;
  readonly triples: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
  readonly queries: Record<string, number>;
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(5_000);
const script = fileURLToPath(new URL('./store-step.ts', import.meta.url));

async function measure(step: string, duties: number): Promise<Step> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', script, step, String(duties)],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Step;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

for (const duties of sizes) {
  const floor = await measure('floor', duties);
  const path = await measure('path', duties);
  const transaction = await measure('transaction', duties);
  process.stdout.write(`\n${fmt(duties)} duties, ${fmt(floor.triples)} triples\n`);
  process.stdout.write(
    '| step | CPU ms | wall ms | triples/s (CPU) | × floor (CPU) | peak RSS MB |\n|---|---|---|---|---|---|\n',
  );
  for (const s of [floor, path, transaction])
    process.stdout.write(
      `| ${s.step} | ${fmt(s.cpuMs)} | ${fmt(s.ms)} | ${fmt(s.triples / (s.cpuMs / 1000))} | ${fmt(s.cpuMs / floor.cpuMs, 2)} | ${fmt(s.peakRssMb)} |\n`,
    );
  process.stdout.write('\n| saved query | ms |\n|---|---|\n');
  for (const [name, ms] of Object.entries(path.queries))
    process.stdout.write(`| ${name} | ${fmt(ms)} |\n`);
}
