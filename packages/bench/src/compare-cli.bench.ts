import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allPairsUpTo } from '@qingdan/compare';
import { listFolder } from './compare-files.js';

/**
 * The whole `qingdan compare <folder> --out <dir>` (the command's own code, reading the YAML
 * files included) on 500 to 3,000 generated township lists of 200 duties, each run in a process
 * of its own: wall and CPU time, peak RSS and the size of what it wrote. The aim: a province,
 * 3,000 lists, in under 60 s and 4 GiB. A power law fitted to the sizes measured (least squares
 * on logarithms) gives the growth and an estimate for 40,000 lists, every township of the
 * country. Each size runs `RUNS` times (default 2); the fit takes each size's least CPU time, and
 * only sizes past `allPairsUpTo` (500), where each list's nearest lists are measured rather than
 * every pair, since that is how 40,000 lists would be compared.
 *
 * `pnpm --filter @qingdan/bench compare-cli [sizes]`, e.g. `compare-cli 500,1000,2000,3000`;
 * `CLI=dist` runs the built command (after `pnpm build`) rather than its sources.
 */
interface Run {
  readonly lists: number;
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakRssMiB: number;
  readonly outMB: number;
  readonly exitCode: number;
}

const sizes = (process.argv[2] ?? '500,1000,2000,3000').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 2);
// The command itself, built (`pnpm build`) with CLI=dist, or its sources through tsx, whose
// compiling them at start costs some 3 s of CPU. A module loaded first reports, as the process
// ends, its wall and CPU time and peak RSS.
const built = process.env.CLI === 'dist';
const bin = fileURLToPath(
  new URL(`../../cli/${built ? 'dist/bin.js' : 'src/bin.ts'}`, import.meta.url),
);
const report = `data:text/javascript,${encodeURIComponent(`
  const start = performance.now();
  process.on('exit', () => {
    const u = process.resourceUsage();
    process.stderr.write('\\n' + JSON.stringify({
      wallMs: performance.now() - start,
      cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000,
      peakRssMiB: u.maxRSS / 1024,
      exitCode: process.exitCode ?? 0,
    }) + '\\n');
  });`)}`;
const node = built ? ['--import', report] : [...process.execArgv, '--import', report];

function compare(dir: string, lists: number): Run {
  const out = join(mkdtempSync(join(tmpdir(), 'qingdan-bench-compare-out-')), 'out');
  const run = spawnSync(process.execPath, [...node, bin, 'compare', dir, '--out', out], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 1 << 24,
  });
  const last = run.stderr.trim().split('\n').pop() ?? '{}';
  const measured = JSON.parse(last) as Omit<Run, 'lists' | 'outMB'>;
  let bytes = 0;
  for (const name of readdirSync(out)) bytes += statSync(join(out, name)).size;
  rmSync(join(out, '..'), { recursive: true, force: true });
  if (measured.exitCode !== 0)
    throw new Error(`compare exited ${measured.exitCode}: ${run.stderr}`);
  return { ...measured, lists, outMB: bytes / 1e6 };
}

/** Fits y = a·xᵇ by least squares on logarithms. */
function powerLaw(points: readonly [number, number][]): { a: number; b: number } {
  const n = points.length;
  const lx = points.map(([x]) => Math.log(x));
  const ly = points.map(([, y]) => Math.log(y));
  const mx = lx.reduce((s, v) => s + v, 0) / n;
  const my = ly.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += ((lx[i] ?? 0) - mx) * ((ly[i] ?? 0) - my);
    sxx += ((lx[i] ?? 0) - mx) ** 2;
  }
  const b = sxx === 0 ? 1 : sxy / sxx;
  return { a: Math.exp(my - b * mx), b };
}

const f = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const best = new Map<number, Run>();
console.log(`qingdan compare --out, ${built ? 'built (dist/bin.js)' : 'from its sources (tsx)'}\n`);
console.log('| lists | duties | run | wall s | CPU s | peak RSS MiB | written MB |');
console.log('|---|---|---|---|---|---|---|');
for (const n of sizes) {
  const dir = await listFolder(n);
  for (let r = 1; r <= runs; r++) {
    const m = compare(dir, n);
    const known = best.get(n);
    if (!known || m.cpuMs < known.cpuMs) best.set(n, m);
    console.log(
      `| ${f(n)} | ${f(n * 200)} | ${r} | ${f(m.wallMs / 1000, 1)} | ${f(m.cpuMs / 1000, 1)} | ${f(m.peakRssMiB)} | ${f(m.outMB)} |`,
    );
  }
}
const rows = [...best.values()].filter((r) => r.lists > allPairsUpTo);
const aim = best.get(3000);
if (aim)
  console.log(
    `\n3,000 lists (least CPU of ${runs}): ${f(aim.wallMs / 1000, 1)} s wall, ${f(aim.cpuMs / 1000, 1)} s CPU (aim 60 s: ${f(aim.cpuMs / 60_000, 2)} of it), peak RSS ${f(aim.peakRssMiB)} MiB (aim 4 GiB: ${f(aim.peakRssMiB / 4096, 2)} of it)`,
  );
if (rows.length >= 2) {
  for (const [name, pick] of [
    ['CPU s', (r: Run) => r.cpuMs / 1000],
    ['peak RSS MiB', (r: Run) => r.peakRssMiB],
    ['written MB', (r: Run) => r.outMB],
  ] as const) {
    const { a, b } = powerLaw(rows.map((r) => [r.lists, pick(r)]));
    console.log(
      `${name}: grows as lists^${f(b, 2)}; at 40,000 lists about ${f(a * 40_000 ** b)} (fitted on ${rows.map((r) => f(r.lists)).join(', ')})`,
    );
  }
  const pairs = (40_000 * 39_999) / 2;
  console.log(
    `At 40,000 lists the similarity matrix alone is ${f(pairs / 1e6)} million pairs: ${f((pairs * 4) / 2 ** 30, 1)} GiB of Float32 values and as much again of shared counts while it is built.`,
  );
}
