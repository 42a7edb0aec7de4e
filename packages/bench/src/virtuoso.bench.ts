// `qingdan push` into a real Virtuoso Open Source 7 beside Virtuoso's own bulk loader
// (ld_dir_all, rdf_loader_run) on the same triples, in one run: each side in a fresh database of
// its own, started with the same ini, so neither loads into what the other left. Both read the
// folder `qingdan publish` wrote of the generated lists (N-Triples and N-Quads, published before
// the clock starts): the bulk loader its N-Quads, the push its N-Triples, as a portal pushes a
// published folder. The push makes first pushes (no live graph, so each goes in place) and then
// replacing pushes (other lists under the same graph names: each graph staged, counted and moved
// over the live one), with 1, 2 and 4 editions under way at a time (`--concurrency 1,2,4`). Wall
// time: the work is the server's. The server's page cache is `--buffers` pages of 8 KiB (170,000
// by default, with 130,000 of them allowed dirty: what Virtuoso's sample ini suggests with 2 GB
// free), the same for both. The published folders go under `--dir` (the system's temporary
// folder by default): about 19 KB a duty for each of the two (first and replacing) per
// concurrency.
// Usage: pnpm --filter @qingdan/bench run virtuoso [duties…] [--concurrency 2] [--buffers N]
// [--dir <folder>] (2,000 duties by default). Needs virtuoso-opensource (scripts/system-deps.txt).
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { publishLists, vocabularyRenderer } from '@qingdan/rdf';
import { startVirtuoso } from '../../store/test/virtuoso.js';
import { benchLists } from './rdf-data.js';

const run = promisify(execFile);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    concurrency: { type: 'string', default: '1,2,4' },
    buffers: { type: 'string', default: '170000' },
    dir: { type: 'string', default: tmpdir() },
  },
});
const buffers = Number(values.buffers);
const memory = { buffers, dirtyBuffers: Math.round((buffers * 13) / 17) };
const sizes = positionals.map(Number);
const concurrencies = (values.concurrency ?? '').split(',').map(Number);
if (sizes.length === 0) sizes.push(2_000);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Publishes the generated lists of `seed` under `base` as N-Triples and N-Quads, untimed. */
async function publishBench(out: string, duties: number, seed: number, base: string) {
  const report = await publishLists(
    (function* () {
      for (const list of benchLists(duties, seed)) yield { ok: true as const, file: list.id, list };
    })(),
    { out, base, formats: ['nt', 'nq'], renderer: vocabularyRenderer, modified: '2024-12-01' },
  );
  if (!report.committed || report.rejected.length > 0) throw new Error('bench lists rejected');
}

/** The lines of every `.nq` file below `folder`: the triples of its editions. */
function nquadsLines(folder: string): number {
  let lines = 0;
  for (const e of readdirSync(folder, { withFileTypes: true, recursive: true }))
    if (e.isFile() && e.name.endsWith('.nq')) {
      const bytes = readFileSync(join(e.parentPath, e.name));
      for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) lines++;
    }
  return lines;
}

for (const duties of sizes) {
  const scratch = mkdtempSync(join(values.dir ?? tmpdir(), 'qingdan-bench-virtuoso-'));
  // For each concurrency, the first push's lists and the replacing push's (other lists under the
  // same graph names), under a base of its own so that each first push goes in place.
  const folders = new Map<number, { base: string; first: string; second: string }>();
  for (const c of concurrencies) {
    const base = `https://push.example.org/${duties}/c${c}/`;
    const f = { base, first: join(scratch, `c${c}-first`), second: join(scratch, `c${c}-second`) };
    await publishBench(f.first, duties, 1, base);
    await publishBench(f.second, duties, 2, base);
    folders.set(c, f);
  }
  const bulkFolder = folders.get(concurrencies[0] as number)?.first as string;
  const triples = nquadsLines(bulkFolder);
  let ldMs = 0;
  let loadMs = 0;
  let bulkMs = 0;
  const bulk = await startVirtuoso(memory, [scratch]);
  try {
    const isql = (sql: string) =>
      run('isql-vt', [String(bulk.sqlPort), 'dba', 'dba', `exec=${sql}`], {
        maxBuffer: 1 << 24,
      });
    const bulkStarted = performance.now();
    // ld_dir_all: the editions are in a folder per division; each quad names its graph.
    await isql(`ld_dir_all('${bulkFolder}', '*.nq', 'https://bulk.example.org/');`);
    ldMs = performance.now() - bulkStarted;
    await isql('rdf_loader_run();');
    loadMs = performance.now() - bulkStarted - ldMs;
    await isql('checkpoint;');
    bulkMs = performance.now() - bulkStarted;
    // A loader that skipped files (a path not allowed, a parse error) would look fast.
    const { stdout } = await isql(
      'SELECT COUNT(*) FROM DB.DBA.LOAD_LIST WHERE ll_state <> 2 OR ll_error IS NOT NULL;',
    );
    if (!/^\s*0\s*$/mu.test(stdout)) throw new Error(`bulk loader left files unloaded:\n${stdout}`);
  } finally {
    await bulk.stop();
  }
  const checkpointMs = bulkMs - ldMs - loadMs;
  const virtuoso = await startVirtuoso(memory);
  try {
    const script = fileURLToPath(new URL('./virtuoso-push.ts', import.meta.url));
    const push = async (folder: string, concurrency: number) => {
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          '--conditions=source',
          script,
          virtuoso.http,
          folder,
          String(concurrency),
        ],
        { maxBuffer: 1 << 20 },
      );
      return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
        triples: number;
        pushed: number;
        ms: number;
        peakRssMb: number;
        cpuMs: number;
        phases: { read: number; upload: number; count: number; move: number };
      };
    };
    // First pushes (no live graph: each goes in place) under bases of their own, then pushes of
    // other lists under the same graph names (each staged, counted and moved over the live
    // one), with 1, 2 and 4 editions under way at a time.
    const runs: ({ name: string } & Awaited<ReturnType<typeof push>>)[] = [];
    for (const c of concurrencies)
      runs.push({
        name: `qingdan push, first (in place), ${c} at a time`,
        ...(await push(folders.get(c)?.first as string, c)),
      });
    for (const c of concurrencies)
      runs.push({
        name: `qingdan push, replacing (staged, MOVE), ${c} at a time`,
        ...(await push(folders.get(c)?.second as string, c)),
      });
    const bulkRate = triples / (bulkMs / 1000);
    process.stdout.write(
      `\n${fmt(duties)} duties, ${fmt(triples)} triples\n| step | wall s | triples/s | × bulk loader | peak RSS MB | client CPU s | read s | upload s | count s | move s |\n|---|---|---|---|---|---|---|---|---|---|\n` +
        `| bulk loader (ld_dir ${fmt(ldMs / 1000, 1)}, rdf_loader_run ${fmt(loadMs / 1000, 1)}, checkpoint ${fmt(checkpointMs / 1000, 1)}) | ${fmt(bulkMs / 1000, 1)} | ${fmt(bulkRate)} | 1.00 | | | | | | |\n`,
    );
    for (const r of runs) {
      const rate = r.triples / (r.ms / 1000);
      process.stdout.write(
        `| ${r.name} | ${fmt(r.ms / 1000, 1)} | ${fmt(rate)} | ${fmt(rate / bulkRate, 2)} | ${fmt(r.peakRssMb)} | ${fmt(r.cpuMs / 1000, 1)} | ${[
          r.phases.read,
          r.phases.upload,
          r.phases.count,
          r.phases.move,
        ]
          .map((ms) => fmt(ms / 1000, 1))
          .join(' | ')} |\n`,
      );
    }
  } finally {
    await virtuoso.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
