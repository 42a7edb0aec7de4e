// Side by side, in one run, each measurement in a child process of its own so that it reads its
// own peak RSS: JSON.stringify of the records (the floor), our JSON-LD, jsonld.js compaction of
// the same data, our Turtle and N-Triples, N3.Writer on the same quads, publishing to all four
// formats, and publishing's floor (its files written and hashed from ready bytes). Usage:
// pnpm --filter @qingdan/bench rdf [sizes…] [--steps a,b,…], e.g. `rdf 10000 100000`, or
// `rdf 1000000 --steps floor,jsonld,publish,publish-floor` for the aims at a million duties
// without the writers' comparison (some twenty minutes of CPU there).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface Measurement {
  readonly step: string;
  readonly duties: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly triples: number;
  readonly bytes: number;
  readonly peakRssMb: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { steps: { type: 'string' } },
});
const sizes = positionals.map(Number);
if (sizes.length === 0) sizes.push(10_000, 100_000, 1_000_000);

// jsonld.js compaction took about 0.3 ms of CPU a duty here (3.3 s at 10,000, 29 s at 100,000,
// three to six times that in wall time on a busy machine): a million would take five minutes of
// CPU or more, past the couple of minutes the comparison is worth.
const jsonldJsLimit = 100_000;
const allSteps = [
  'floor',
  'jsonld',
  'jsonld-js',
  'quads',
  'ttl',
  'n3-ttl',
  'n3-ttl-grouped',
  'nt',
  'n3-nt',
  'n3-nt-bytes',
  'nt-nq',
  'n3-nt-nq-bytes',
  'publish',
  'publish-floor',
];
const steps = values.steps ? values.steps.split(',') : allSteps;
const unknown = steps.filter((s) => !allSteps.includes(s));
if (unknown.length > 0)
  throw new Error(`unknown steps ${unknown.join(', ')}; known: ${allSteps.join(', ')}`);

function measure(step: string, duties: number): Measurement {
  const script = fileURLToPath(new URL('./rdf-step.ts', import.meta.url));
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', script, step, String(duties)],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Measurement;
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

for (const duties of sizes) {
  const results = new Map<string, Measurement>();
  for (const step of steps) {
    if (step === 'jsonld-js' && duties > jsonldJsLimit) {
      process.stdout.write(
        `${duties} jsonld-js: skipped (about five minutes of CPU or more; see the comment above)\n`,
      );
      continue;
    }
    const m = measure(step, duties);
    results.set(step, m);
    process.stderr.write(`  ${duties} ${step}: ${fmt(m.cpuMs)} ms CPU, ${fmt(m.ms)} ms wall\n`);
  }
  const triples = results.get('nt')?.triples ?? results.get('publish')?.triples ?? 0;
  process.stdout.write(
    `\n${fmt(duties)} duties, ${fmt(triples)} triples (${fmt(triples / duties, 1)} a duty)\n`,
  );
  process.stdout.write(
    '| step | CPU ms | wall ms | duties/s (CPU) | triples/s (CPU) | MB out | peak RSS MB |\n|---|---|---|---|---|---|---|\n',
  );
  for (const [step, m] of results)
    process.stdout.write(
      `| ${step} | ${fmt(m.cpuMs)} | ${fmt(m.ms)} | ${fmt((duties / m.cpuMs) * 1000)} | ${fmt((triples / m.cpuMs) * 1000)} | ${fmt(m.bytes / 1e6, 1)} | ${fmt(m.peakRssMb)} |\n`,
    );
  const ratio = (a: string, b: string) => {
    const x = results.get(a);
    const y = results.get(b);
    // Ratios of CPU time, which the load of other processes on the machine disturbs least.
    return x && y ? `${fmt(x.cpuMs / y.cpuMs, 2)}×` : 'n/a';
  };
  // Each ratio with the steps it needs: a run of some steps prints only what it measured.
  const ratios: [string[], string][] = [
    [['jsonld', 'floor'], `our JSON-LD ÷ floor (time): ${ratio('jsonld', 'floor')} (aim ≤ 3×)`],
    [
      ['jsonld-js', 'jsonld'],
      `jsonld.js compaction ÷ our JSON-LD: ${ratio('jsonld-js', 'jsonld')} (aim ≥ 20×)`,
    ],
    [['n3-ttl', 'ttl'], `N3.Writer Turtle ÷ our Turtle: ${ratio('n3-ttl', 'ttl')} (aim ≥ 2×)`],
    [
      ['n3-ttl-grouped', 'ttl'],
      `N3.Writer Turtle grouped by subject, with ( … ) lists (the same layout as ours), ÷ our Turtle: ${ratio('n3-ttl-grouped', 'ttl')}`,
    ],
    [
      ['n3-nt-bytes', 'nt'],
      `N3.Writer N-Triples, as UTF-8 bytes, ÷ ours (bytes): ${ratio('n3-nt-bytes', 'nt')} (aim ≥ 2×); N3.Writer's text alone, not yet bytes, ÷ ours: ${ratio('n3-nt', 'nt')}`,
    ],
    [
      ['n3-nt-nq-bytes', 'nt-nq'],
      `N3.Writer N-Triples and N-Quads, as publishing writes them (bytes), ÷ ours: ${ratio('n3-nt-nq-bytes', 'nt-nq')} (aim ≥ 2×)`,
    ],
    [
      ['publish'],
      `publish, four formats: ${fmt((duties / (results.get('publish')?.cpuMs ?? Number.NaN)) * 1000)} duties per CPU second (aim ≥ 25,000), peak RSS ${fmt(results.get('publish')?.peakRssMb ?? 0)} MB (aim < 1024 MB)`,
    ],
    [
      ['publish', 'publish-floor'],
      `publish ÷ its floor (the same files and bytes written and hashed from ready bytes): ${ratio('publish', 'publish-floor')}; the floor alone: ${fmt((duties / (results.get('publish-floor')?.cpuMs ?? Number.NaN)) * 1000)} duties per CPU second`,
    ],
  ];
  const shown = ratios
    .filter(([needs]) => needs.every((n) => results.has(n)))
    .map(([, text]) => text);
  process.stdout.write(`${shown.join('\n')}\n`);

  // The writers again, edition by edition in turn in one process: the sturdier ratios.
  if (values.steps) continue;
  const script = fileURLToPath(new URL('./writers-interleaved.ts', import.meta.url));
  const interleaved = JSON.parse(
    execFileSync(
      process.execPath,
      ['--import', 'tsx', '--conditions=source', script, String(Math.min(duties, 20_000)), '3'],
      { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
    )
      .trim()
      .split('\n')
      .at(-1) ?? '{}',
  ) as { duties: number; rounds: Record<string, number>[] };
  const each = (a: string, b: string) =>
    interleaved.rounds
      .map((r) => `${fmt((r[a] ?? Number.NaN) / (r[b] ?? Number.NaN), 2)}×`)
      .join(', ');
  process.stdout.write(
    `\nThe writers edition by edition in turn, in one process (${fmt(interleaved.duties)} duties; each round's ratio of CPU time):\n` +
      [
        `N3.Writer N-Triples as bytes ÷ ours: ${each('nt N3 (bytes)', 'nt ours')} (aim ≥ 2×)`,
        `N3.Writer N-Triples and N-Quads as bytes ÷ ours, as publishing writes them: ${each('nt+nq N3 (bytes)', 'nt+nq ours')} (aim ≥ 2×)`,
        `N3.Writer Turtle ÷ ours: ${each('ttl N3', 'ttl ours')} (aim ≥ 2×)`,
        `N3.Writer Turtle in our layout (grouped, ( … ) lists) ÷ ours: ${each('ttl N3, same layout', 'ttl ours')}`,
        `N3.Writer Turtle in our layout, refusing the terms ours refuses, ÷ ours: ${each('ttl N3, same layout, checked', 'ttl ours')}`,
      ].join('\n') +
      '\n',
  );
}
