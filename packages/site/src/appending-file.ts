import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * A file written piece by piece as a build goes (the search index, the sitemap), so that what
 * grows with the number of duties is on disk, not in memory. Counts the bytes it wrote. Pieces
 * (an entry a page) are gathered up to about 64 KiB before each write, not written one by one.
 *
 * @example
 * ```ts
 * const file = appendingFile(join(staging, 'sitemap.xml'));
 * file.write('<?xml version="1.0" encoding="UTF-8"?>\n');
 * file.close(); // the bytes written
 * ```
 */
export function appendingFile(path: string) {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  let bytes = 0;
  let pending = '';
  const flush = () => {
    if (pending.length > 0) bytes += writeSync(fd, pending);
    pending = '';
  };
  return {
    write: (text: string): void => {
      pending += text;
      if (pending.length >= 1 << 16) flush();
    },
    close: (): number => {
      flush();
      closeSync(fd);
      return bytes;
    },
  };
}
