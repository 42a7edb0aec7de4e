// `qingdan push` into a real Virtuoso Open Source 7 beside Virtuoso's own bulk loader
// (ld_dir, rdf_loader_run) on the same triples, one N-Quads file per edition, in one run: each
// side in a fresh database of its own, started with the same ini, so neither loads into what the
// other left. The push makes first pushes (no live graph, so each goes in place) and then
// replacing pushes (each graph staged, counted and moved over the live one), with 1, 2 and 4
// editions under way at a time (`--concurrency 1,2,4`). Wall time: the work is the server's.
// The server's page cache is `--buffers` pages of 8 KiB (170,000 by default, with 130,000 of
// them allowed dirty: what Virtuoso's sample ini suggests with 2 GB free), the same for both.
// Usage: pnpm --filter @qingdan/bench run virtuoso [duties…] [--concurrency 2] [--buffers N]
// (2,000 duties by default). Needs virtuoso-opensource (scripts/system-deps.txt).
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { listPushGraphs } from '@qingdan/store';
import { startVirtuoso } from '../../store/test/virtuoso.js';
import { benchLists } from './rdf-data.js';

const run = promisify(execFile);
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    concurrency: { type: 'string', default: '1,2,4' },
    buffers: { type: 'string', default: '170000' },
  },
});
const buffers = Number(values.buffers);
const memory = { buffers, dirtyBuffers: Math.round((buffers * 13) / 17) };
const sizes = positionals.map(Number);
const concurrencies = (values.concurrency ?? '').split(',').map(Number);
if (sizes.length === 0) sizes.push(2_000);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

for (const duties of sizes) {
  let triples = 0;
  let ldMs = 0;
  let loadMs = 0;
  let bulkMs = 0;
  const bulk = await startVirtuoso(memory);
  try {
    const bulkBase = `https://bulk.example.org/${duties}/`;
    const folder = join(bulk.folder, `bulk-${duties}`);
    await mkdir(folder, { recursive: true });
    for (const [i, g] of listPushGraphs([...benchLists(duties)], bulkBase).entries()) {
      const quads = g.ntriples.replace(/ \.\n/gu, ` <${g.iri}> .\n`);
      triples += g.ntriples.split('\n').length - 1;
      await writeFile(join(folder, `${i}.nq`), quads);
    }
    const isql = (sql: string) =>
      run('isql-vt', [String(bulk.sqlPort), 'dba', 'dba', `exec=${sql}`], {
        maxBuffer: 1 << 24,
      });
    const bulkStarted = performance.now();
    await isql(`ld_dir('${folder}', '*.nq', '${bulkBase}');`);
    ldMs = performance.now() - bulkStarted;
    await isql('rdf_loader_run();');
    loadMs = performance.now() - bulkStarted - ldMs;
    await isql('checkpoint;');
    bulkMs = performance.now() - bulkStarted;
  } finally {
    await bulk.stop();
  }
  const checkpointMs = bulkMs - ldMs - loadMs;
  const virtuoso = await startVirtuoso(memory);
  try {
    const script = fileURLToPath(new URL('./virtuoso-push.ts', import.meta.url));
    const push = async (base: string, seed: number, concurrency: number) => {
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          '--conditions=source',
          script,
          virtuoso.http,
          String(duties),
          base,
          String(seed),
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
    const bases = concurrencies.map((c) => `https://push.example.org/${duties}/c${c}/`);
    for (const [i, c] of concurrencies.entries())
      runs.push({
        name: `qingdan push, first (in place), ${c} at a time`,
        ...(await push(bases[i] as string, 1, c)),
      });
    for (const [i, c] of concurrencies.entries())
      runs.push({
        name: `qingdan push, replacing (staged, MOVE), ${c} at a time`,
        ...(await push(bases[i] as string, 2, c)),
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
  }
}
