// The site of a province's many small lists, with the comparison and without it, each in a
// process of its own: what the comparison adds to the build (wall time, the time after the last
// edition's pages, peak RSS) as ratios, and the sizes of its files under `compare/`.
// Usage: pnpm --filter @qingdan/bench site-compare [lists] [duties], e.g. `site-compare 1500 30`.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [lists = '1500', duties = '30'] = process.argv.slice(2);

interface Build {
  pages: number;
  ms: number;
  afterMs: number;
  peakRssMb: number;
  files: Record<string, number>;
}

function build(step: 'compare' | 'plain'): Build {
  const script = fileURLToPath(new URL('./site-compare-step.ts', import.meta.url));
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', script, step, lists, duties],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}

const plain = build('plain');
const compared = build('compare');
const s = (ms: number) => (ms / 1000).toFixed(1);
const files = Object.entries(compared.files)
  .map(([name, size]) => `${name} ${(size / 1e6).toFixed(1)} MB`)
  .join(', ');
process.stdout.write(
  `${lists} lists of ${duties} duties, ${compared.pages} pages: ` +
    `with the comparison ${s(compared.ms)} s (${s(compared.afterMs)} s after the last edition's pages), peak RSS ${compared.peakRssMb.toFixed(0)} MB; ` +
    `without ${s(plain.ms)} s (${s(plain.afterMs)} s), peak RSS ${plain.peakRssMb.toFixed(0)} MB; ` +
    `ratio ${(compared.ms / plain.ms).toFixed(2)}× time, ${(compared.peakRssMb / plain.peakRssMb).toFixed(2)}× peak RSS; compare/: ${files}\n`,
);
