import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { TextSink } from '../serialize/index.js';

/**
 * What is known of a written file: its size in bytes and its SHA-256, both of the UTF-8 bytes.
 *
 * @example
 * ```ts
 * const written: WrittenFile = { bytes: 1024, sha256: 'e3b0c4…' };
 * ```
 */
export interface WrittenFile {
  readonly bytes: number;
  readonly sha256: string;
}

/**
 * Opens a file for writing and gives a sink that writes each chunk through, counting bytes and
 * hashing as it goes, so a distribution's size and checksum cost no second read.
 *
 * @example
 * ```ts
 * const file = openFileSink('out/421127104/wuzu-2024.nt');
 * writer = new LineWriter(file.sink, { graphs: false });
 * // …
 * const { bytes, sha256 } = file.close();
 * ```
 */
export function openFileSink(path: string): { sink: TextSink; close: () => WrittenFile } {
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  let bytes = 0;
  let closed = false;
  return {
    sink: (chunk) => {
      const data = Buffer.from(chunk, 'utf8');
      hash.update(data);
      bytes += data.length;
      let offset = 0;
      while (offset < data.length) offset += writeSync(fd, data, offset);
    },
    close: () => {
      if (!closed) closeSync(fd);
      closed = true;
      return { bytes, sha256: hash.digest('hex') };
    },
  };
}
