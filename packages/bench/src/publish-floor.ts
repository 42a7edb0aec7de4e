// The floor of publishing: what writing the files `qingdan publish` wrote costs when their bytes
// are ready — the same folders, the same number of files of the same sizes, each hashed with
// SHA-256 as publishing hashes it. Whatever publishing does beyond this is making the bytes.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Every file below `folder`, as its path relative to it and its size. */
export function filesBelow(folder: string): { path: string; size: number }[] {
  const found: { path: string; size: number }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push({ path: relative(folder, path), size: statSync(path).size });
    }
  };
  walk(folder);
  return found;
}

/** Writes `files` under `out` from one ready buffer, in megabyte writes, hashing each file. */
export function writeFloor(out: string, files: readonly { path: string; size: number }[]): number {
  const chunk = Buffer.alloc(1 << 20, 0x41);
  let made = '';
  let bytes = 0;
  for (const { path, size } of files) {
    const file = join(out, path);
    const dir = dirname(file);
    if (dir !== made) {
      mkdirSync(dir, { recursive: true });
      made = dir;
    }
    const fd = openSync(file, 'w');
    const hash = createHash('sha256');
    for (let left = size; left > 0; ) {
      const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
      hash.update(part);
      let written = 0;
      while (written < part.length) written += writeSync(fd, part, written);
      left -= part.length;
    }
    closeSync(fd);
    hash.digest('hex');
    bytes += size;
  }
  return bytes;
}
