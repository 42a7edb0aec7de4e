import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { largeListFile } from './listfile-files.js';

/**
 * Validating one large list file, as `qingdan validate` does (read, parse, invariants), in YAML
 * and JSON, each measurement in a process of its own so that its peak RSS is its own: our reader
 * (js-yaml for YAML), beside the reading it replaced (the yaml package's documents, only up to
 * `PEER_UP_TO` duties, since at 100,000 it takes over 3 GiB and a minute) and the floor of JSON
 * (`JSON.parse` alone). The aim: 100,000 duties validated in under 1 GiB of peak RSS, both
 * formats. Each measurement is run `RUNS` times (default 2).
 *
 * `pnpm --filter @qingdan/bench listfile [duties…]`, e.g. `listfile 20000 100000`.
 */
interface Row {
  readonly method: string;
  readonly ok: boolean;
  readonly duties: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly peakRssMiB: number;
}

const sizes = process.argv.slice(2).map(Number);
if (sizes.length === 0) sizes.push(20_000, 100_000);
const runs = Number(process.env.RUNS ?? 2);
const peerUpTo = Number(process.env.PEER_UP_TO ?? 20_000);
const worker = fileURLToPath(new URL('./listfile-measure.ts', import.meta.url));

function measure(method: string, file: string): Row {
  const run = spawnSync(process.execPath, [...process.execArgv, worker, method, file], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  if (run.status !== 0) {
    process.stderr.write(run.stderr);
    process.exit(1);
  }
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as Row;
}

const f = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
console.log('| duties | format | method | MB | wall s | CPU s | peak RSS MiB | RSS / file size |');
console.log('|---|---|---|---|---|---|---|---|');
for (const duties of sizes)
  for (const format of ['yaml', 'json'] as const) {
    const file = await largeListFile(duties, format);
    const mb = statSync(file).size / 1e6;
    const methods = ['read'];
    if (format === 'yaml' && duties <= peerUpTo) methods.push('yaml-package');
    if (format === 'json') methods.push('json-floor');
    for (const method of methods)
      for (let r = 0; r < runs; r++) {
        const m = measure(method, file);
        if (!m.ok || m.duties !== duties) throw new Error(`${method} read ${m.duties} duties`);
        console.log(
          `| ${f(duties)} | ${format} | ${method} | ${f(mb, 1)} | ${f(m.ms / 1000, 1)} | ${f(m.cpuMs / 1000, 1)} | ${f(m.peakRssMiB)} | ${f((m.peakRssMiB * 2 ** 20) / (mb * 1e6), 1)} |`,
        );
      }
  }
