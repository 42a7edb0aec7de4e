// One build of the site-compare bench, in a process of its own so that it reads its own peak
// RSS: the site of `lists` generated lists of `duties` duties each, with the comparison on
// (`compare`) or off (`plain`). Prints one JSON line.
// Usage: tsx --conditions=source site-compare-step.ts <compare|plain> <lists> <duties>
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '@qingdan/site';
import { benchLists, dutiesPerList } from './rdf-data.js';

const [step = 'compare', listsText = '1500', dutiesText = '30'] = process.argv.slice(2);
const lists = Number(listsText);
const duties = Number(dutiesText);
const root = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'qingdan-bench-'));
const out = join(root, 'site');
const sources = (function* () {
  for (const list of benchLists(lists * dutiesPerList))
    yield {
      ok: true as const,
      file: list.id,
      list: { ...list, duties: list.duties.slice(0, duties) },
    };
})();
const started = performance.now();
let lastEdition = started;
const report = await buildSite(sources, {
  out,
  base: 'https://data.example.org/qingdan/',
  modified: '2024-12-01',
  spreadsheets: false,
  compare: step === 'compare',
  onProgress: (p) => {
    if (p.stage === 'pages') lastEdition = performance.now();
  },
});
const ended = performance.now();
if (!report.committed) throw new Error('bench lists rejected');
const folder = join(out, 'compare');
const files = existsSync(folder)
  ? Object.fromEntries(readdirSync(folder).map((n) => [n, statSync(join(folder, n)).size]))
  : {};
rmSync(root, { recursive: true, force: true });
process.stdout.write(
  `${JSON.stringify({ step, pages: report.pages, ms: ended - started, afterMs: ended - lastEdition, peakRssMb: process.resourceUsage().maxRSS / 1024, files })}\n`,
);
