// The embedded store's load, side by side in one run, each step in a child process of its own
// so that it reads its own peak RSS: oxigraph's bare load() of the same N-Triples with
// no_transaction (the floor), qingdan query's path from lists (lists to N-Triples to the store)
// and from a published folder (its N-Quads files as they are), and the bare load in one
// transaction per edition; then each saved query's time on the store the lists' path loaded.
// Steps are run `--repeat` times in turn (floor, lists, folder, …) and the median is compared,
// because neighbours on a shared machine disturb single runs; CPU time, which they disturb less
// than the wall clock.
// Usage: pnpm --filter @qingdan/bench store [sizes…] [--repeat N] [--query-budget SECONDS],
// e.g. `store 100000 --repeat 3`.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { publishLists, vocabularyRenderer } from '@qingdan/rdf';
import { benchLists } from './rdf-data.js';

interface Load {
  readonly step: string;
  readonly triples: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMb: number;
}
interface Query {
  readonly query: string;
  readonly ms: number;
  readonly cpuMs: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { repeat: { type: 'string', default: '1' }, 'query-budget': { type: 'string' } },
});
const sizes = positionals.map(Number);
if (sizes.length === 0) sizes.push(5_000);
const repeat = Math.max(1, Number(values.repeat));
const script = fileURLToPath(new URL('./store-step.ts', import.meta.url));
const base = 'https://data.example.org/qingdan/';

/**
 * Runs one step; with a query budget, ends the process (by its pid) once the saved queries have
 * run that long, so a query that would take hours is reported as unfinished rather than waited on.
 */
function measure(
  args: string[],
  queryBudgetMs = Number.POSITIVE_INFINITY,
): Promise<{ load: Load; queries: Query[]; unfinished: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', script, ...args],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let load: Load | undefined;
    const queries: Query[] = [];
    let timer: NodeJS.Timeout | undefined;
    let killed = false;
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const row = JSON.parse(line) as Load | Query;
        // Each figure as it comes, for a long run on a busy machine.
        process.stderr.write(`${line}\n`);
        if ('step' in row) {
          load = row;
          if (Number.isFinite(queryBudgetMs))
            timer = setTimeout(() => {
              killed = true;
              if (child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
            }, queryBudgetMs);
        } else queries.push(row);
      }
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (load && (code === 0 || killed)) resolve({ load, queries, unfinished: killed });
      else reject(new Error(`store-step ${args.join(' ')} exited with ${code}`));
    });
  });
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

for (const duties of sizes) {
  // The published folder `qingdan query` is also given: written once, untimed.
  const tmp = await mkdtemp(join(tmpdir(), 'qingdan-store-bench-'));
  const folder = join(tmp, 'public');
  const published = await publishLists(
    (function* () {
      for (const list of benchLists(duties)) yield { ok: true as const, file: list.id, list };
    })(),
    {
      out: folder,
      base,
      renderer: vocabularyRenderer,
      formats: ['nt', 'nq'],
      modified: '2024-12-01',
    },
  );
  if (!published.committed) throw new Error('the bench lists did not publish');
  const runs: Record<string, Load[]> = { floor: [], lists: [], folder: [], transaction: [] };
  let queries: Query[] = [];
  let unfinished = false;
  const budget = values['query-budget'] ? Number(values['query-budget']) * 1000 : undefined;
  try {
    for (let r = 0; r < repeat; r++) {
      runs.floor?.push((await measure(['floor', String(duties)])).load);
      // The saved queries are timed once, after the first load of the lists.
      const path = await measure(['path', String(duties)], r === 0 ? budget : 0);
      runs.lists?.push(path.load);
      if (r === 0) ({ queries, unfinished } = path);
      runs.folder?.push((await measure(['folder', String(duties), folder])).load);
    }
    runs.transaction?.push((await measure(['transaction', String(duties)])).load);
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const floorCpu = median((runs.floor ?? []).map((s) => s.cpuMs));
  process.stdout.write(
    `\n${fmt(duties)} duties, ${fmt(runs.floor?.[0]?.triples ?? 0)} triples; median of ${repeat} run(s) each\n`,
  );
  process.stdout.write(
    '| step | CPU s (each run) | median CPU s | wall s (median) | triples/s (CPU) | × floor (CPU) | peak RSS MB (max) |\n|---|---|---|---|---|---|---|\n',
  );
  for (const [name, loads] of Object.entries(runs)) {
    if (loads.length === 0) continue;
    const cpu = median(loads.map((s) => s.cpuMs));
    process.stdout.write(
      `| ${name} | ${loads.map((s) => fmt(s.cpuMs / 1000, 1)).join(' / ')} | ${fmt(cpu / 1000, 1)} | ${fmt(median(loads.map((s) => s.ms)) / 1000, 1)} | ${fmt((loads[0]?.triples ?? 0) / (cpu / 1000))} | ${fmt(cpu / floorCpu, 2)} | ${fmt(Math.max(...loads.map((s) => s.peakRssMb)))} |\n`,
    );
  }
  process.stdout.write('\n| saved query | CPU s | wall s |\n|---|---|---|\n');
  for (const q of queries)
    process.stdout.write(`| ${q.query} | ${fmt(q.cpuMs / 1000, 2)} | ${fmt(q.ms / 1000, 2)} |\n`);
  if (unfinished)
    process.stdout.write(
      `| (the next query had not finished when the budget of ${values['query-budget']} s ran out) | | |\n`,
    );
}
