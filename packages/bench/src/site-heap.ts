// The live heap of the site build as editions are written: a collection forced after every tenth
// edition's pages, then the heap in use. What the build keeps per edition shows as the growth
// from one line to the next. Needs `--expose-gc` (the `site-heap` script passes it).
// Usage: pnpm --filter @qingdan/bench site-heap [duties], e.g. `site-heap 12000`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '@qingdan/site';
import { benchLists } from './rdf-data.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const duties = Number(process.argv[2] ?? 12_000);
const root = mkdtempSync(join(tmpdir(), 'qingdan-bench-site-heap-'));
try {
  await buildSite(
    (function* () {
      for (const list of benchLists(duties)) yield { ok: true as const, file: list.id, list };
    })(),
    {
      out: join(root, 'site'),
      base: 'https://data.example.org/qingdan/',
      modified: '2024-12-01',
      compare: false,
      spreadsheets: false,
      onProgress: (p) => {
        if (p.stage !== 'pages' || p.done % 10 !== 0) return;
        gc();
        const heap = process.memoryUsage().heapUsed / 2 ** 20;
        process.stdout.write(`${p.done} editions: live heap ${heap.toFixed(1)} MB\n`);
      },
    },
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
