// One step of the site bench, in a process of its own so that it reads its own peak RSS:
// `site` builds the site of generated lists; `publish` publishes the same lists as the site
// publishes its data (what the site does before any page); `floor` writes the site's files, of
// the same sizes, from data made ready before the clock starts, and `floor-pages` only those the
// publication did not write. Prints one JSON line.
// Usage: tsx --conditions=source site-step.ts <site|publish|floor|floor-pages> <duties> <manifest.json> [folder]
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { publishLists, vocabularyRenderer } from '@qingdan/rdf';
import { buildSite } from '@qingdan/site';
import { benchLists } from './rdf-data.js';

const [step = 'site', dutiesText = '10000', manifest = '', dir = tmpdir()] = process.argv.slice(2);
const duties = Number(dutiesText);
const base = 'https://data.example.org/qingdan/';
const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function* files(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

// The files the publication wrote, beside the site's manifest: what `floor-pages` leaves out.
const publishedManifest = manifest.replace(/(\.json)?$/, '.published.json');
const root = mkdtempSync(join(dir, 'qingdan-bench-site-'));
const out = join(root, 'site');
let result: Record<string, number | string>;
if (step === 'site') {
  const sources = (function* () {
    for (const list of benchLists(duties)) yield { ok: true as const, file: list.id, list };
  })();
  const c = cpuNow();
  const started = performance.now();
  // The comparison of 500 lists is compare's own bench; the site's cost is its pages.
  // Spreadsheets are the export's own cost (ExcelJS), measured by the spreadsheet bench.
  // The resident set while editions are written, sampled after each edition's pages: what
  // must stay flat in the number of editions. The peak also counts the pages across editions,
  // whose size grows with the duties they list.
  let editionsRss = 0;
  const report = await buildSite(sources, {
    out,
    base,
    modified: '2024-12-01',
    compare: false,
    spreadsheets: false,
    onProgress: (p) => {
      if (p.stage === 'pages') editionsRss = Math.max(editionsRss, process.memoryUsage.rss());
    },
  });
  const ms = performance.now() - started;
  const cpuMs = cpuNow() - c;
  if (!report.committed) throw new Error('bench lists rejected');
  // What the floor writes: every file's path and size.
  const sizes: [string, number][] = [];
  for (const file of files(out)) sizes.push([relative(out, file), statSync(file).size]);
  writeFileSync(manifest, JSON.stringify(sizes));
  result = {
    step,
    duties,
    ms,
    cpuMs,
    pages: report.pages,
    files: sizes.length,
    bytes: sizes.reduce((n, [, s]) => n + s, 0),
    editionsRssMb: editionsRss / 2 ** 20,
  };
} else if (step === 'publish') {
  const sources = (function* () {
    for (const list of benchLists(duties)) yield { ok: true as const, file: list.id, list };
  })();
  const c = cpuNow();
  const started = performance.now();
  // As the site publishes its data: every format, the vocabulary's renderer, the same day.
  const report = await publishLists(sources, {
    out,
    base,
    renderer: vocabularyRenderer,
    modified: '2024-12-01',
  });
  const ms = performance.now() - started;
  const cpuMs = cpuNow() - c;
  if (!report.committed || report.rejected.length > 0) throw new Error('bench lists rejected');
  const paths = [...files(out)].map((file) => relative(out, file));
  writeFileSync(publishedManifest, JSON.stringify(paths));
  result = { step, duties, ms, cpuMs, files: paths.length };
} else {
  const all = JSON.parse(readFileSync(manifest, 'utf8')) as [string, number][];
  const published =
    step === 'floor-pages'
      ? new Set(JSON.parse(readFileSync(publishedManifest, 'utf8')) as string[])
      : new Set<string>();
  const sizes = all.filter(([path]) => !published.has(path));
  // One ready buffer as large as the largest file, each file a slice of it: gigabytes of site
  // are written without holding gigabytes of strings.
  const ready = Buffer.alloc(
    sizes.reduce((max, [, size]) => Math.max(max, size), 0),
    'x',
  );
  const c = cpuNow();
  const started = performance.now();
  for (const [path, size] of sizes) {
    const file = join(out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, ready.subarray(0, size));
  }
  result = {
    step,
    duties,
    ms: performance.now() - started,
    cpuMs: cpuNow() - c,
    files: sizes.length,
  };
}
rmSync(root, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
);
