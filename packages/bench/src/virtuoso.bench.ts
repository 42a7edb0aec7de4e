// `qingdan push` into a real Virtuoso Open Source 7 beside Virtuoso's own bulk loader
// (ld_dir, rdf_loader_run) on the same triples, one N-Quads file per edition, in one run on one
// fresh database started for the bench: first pushes (no live graph, so each goes in place) and
// replacing pushes (each graph staged, counted and moved over the live one), with 1, 2 and 4
// editions under way at a time (`--concurrency 1,2,4`). Wall time: the work is the server's.
// Usage: pnpm --filter @qingdan/bench run virtuoso [duties…] [--concurrency 2] (2,000 duties
// by default). Needs virtuoso-opensource (scripts/system-deps.txt).
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
  options: { concurrency: { type: 'string', default: '1,2,4' } },
});
const sizes = positionals.map(Number);
const concurrencies = (values.concurrency ?? '').split(',').map(Number);
if (sizes.length === 0) sizes.push(2_000);
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

const virtuoso = await startVirtuoso();
try {
  for (const duties of sizes) {
    const bulkBase = `https://bulk.example.org/${duties}/`;
    const folder = join(virtuoso.folder, `bulk-${duties}`);
    await mkdir(folder, { recursive: true });
    let triples = 0;
    for (const [i, g] of listPushGraphs([...benchLists(duties)], bulkBase).entries()) {
      const quads = g.ntriples.replace(/ \.\n/gu, ` <${g.iri}> .\n`);
      triples += g.ntriples.split('\n').length - 1;
      await writeFile(join(folder, `${i}.nq`), quads);
    }
    const isql = (sql: string) =>
      run('isql-vt', [String(virtuoso.sqlPort), 'dba', 'dba', `exec=${sql}`], {
        maxBuffer: 1 << 24,
      });
    const bulkStarted = performance.now();
    await isql(`ld_dir('${folder}', '*.nq', '${bulkBase}');`);
    await isql('rdf_loader_run();');
    await isql('checkpoint;');
    const bulkMs = performance.now() - bulkStarted;
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
      };
    };
    // First pushes (no live graph: each goes in place) under bases of their own, then pushes of
    // other lists under the same graph names (each staged, counted and moved over the live
    // one), with 1, 2 and 4 editions under way at a time.
    const runs: { name: string; triples: number; ms: number; peakRssMb: number }[] = [];
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
      `\n${fmt(duties)} duties, ${fmt(triples)} triples\n| step | wall s | triples/s | × bulk loader | peak RSS MB |\n|---|---|---|---|---|\n` +
        `| bulk loader (ld_dir, rdf_loader_run, checkpoint) | ${fmt(bulkMs / 1000, 1)} | ${fmt(bulkRate)} | 1.00 | |\n`,
    );
    for (const r of runs) {
      const rate = r.triples / (r.ms / 1000);
      process.stdout.write(
        `| ${r.name} | ${fmt(r.ms / 1000, 1)} | ${fmt(rate)} | ${fmt(rate / bulkRate, 2)} | ${fmt(r.peakRssMb)} |\n`,
      );
    }
  }
} finally {
  await virtuoso.stop();
}
