// The site of generated lists (200 duties each) beside a floor that writes the same files, of the
// same sizes, from ready strings; each in a child process of its own for its own peak RSS.
// Prints pages per CPU second, the ratio to the floor and the peak RSS. Then the site cut in two:
// publishing its data alone (the same lists, as `qingdan publish`), and the rest (the pages and
// what goes with them) against a floor of the files the publication does not write.
// Both write under one folder, `--dir <folder>`: by default /dev/shm where there is one, so that
// a site of gigabytes measures the build and the floor rather than the disk.
// Usage: pnpm --filter @qingdan/bench site [--dir <folder>] [duties…], e.g. `site 10000 100000`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const dirAt = args.indexOf('--dir');
const dir =
  dirAt >= 0
    ? (args.splice(dirAt, 2)[1] ?? tmpdir())
    : existsSync('/dev/shm')
      ? '/dev/shm'
      : tmpdir();
const sizes = args.map(Number);
if (sizes.length === 0) sizes.push(10_000, 100_000);

function step(name: string, duties: number, manifest: string): Record<string, number> {
  const script = fileURLToPath(new URL('./site-step.ts', import.meta.url));
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=source', script, name, String(duties), manifest, dir],
    { encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}');
}

for (const duties of sizes) {
  const folder = mkdtempSync(join(dir, 'qingdan-bench-manifest-'));
  const manifest = join(folder, 'files.json');
  const site = step('site', duties, manifest);
  const floor = step('floor', duties, manifest);
  const publish = step('publish', duties, manifest);
  const floorPages = step('floor-pages', duties, manifest);
  rmSync(folder, { recursive: true, force: true });
  const pages = site.pages ?? 0;
  const siteCpu = (site.cpuMs ?? 0) / 1000;
  const floorCpu = (floor.cpuMs ?? 0) / 1000;
  process.stdout.write(
    `${duties} duties (${duties / 200} editions): site ${pages} pages, ${site.files} files, ${((site.bytes ?? 0) / 1e6).toFixed(1)} MB in ${siteCpu.toFixed(1)} CPU s = ${(pages / siteCpu).toFixed(0)} pages per CPU s, RSS while editions are written ${site.editionsRssMb?.toFixed(0)} MB, peak RSS ${site.peakRssMb?.toFixed(0)} MB; ` +
      `floor ${floorCpu.toFixed(1)} CPU s, peak RSS ${floor.peakRssMb?.toFixed(0)} MB; ratio ${(siteCpu / floorCpu).toFixed(1)}×\n`,
  );
  const publishCpu = (publish.cpuMs ?? 0) / 1000;
  const pagesCpu = siteCpu - publishCpu;
  const pagesFloorCpu = (floorPages.cpuMs ?? 0) / 1000;
  // What the site would take were its pages as cheap as writing them: publishing sets this bound.
  const bound = (publishCpu + pagesFloorCpu) / floorCpu;
  process.stdout.write(
    `  publishing the data alone ${publishCpu.toFixed(1)} CPU s (${publish.files} files), ${(publishCpu / floorCpu).toFixed(1)}× the site's floor; ` +
      `the rest ${pagesCpu.toFixed(1)} CPU s against a floor of ${pagesFloorCpu.toFixed(1)} CPU s for its ${floorPages.files} files: ${(pagesCpu / pagesFloorCpu).toFixed(1)}×; ` +
      `publishing plus that floor ${bound.toFixed(1)}× the site's floor\n`,
  );
}
