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
export function openFileSink(path: string): {
  sink: TextSink;
  /** Writes what is pending, closes the file and tells its size and checksum. */
  close: () => WrittenFile;
} {
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  // Measured: gathering ~16 K characters in a string and encoding them with encodeInto into one
  // reused buffer is several times faster than Buffer.from on larger strings or a write per line.
  const encoder = new TextEncoder();
  const buffer = Buffer.allocUnsafe(1 << 20);
  let used = 0;
  let pending = '';
  let bytes = 0;
  let closed = false;
  const put = (data: Uint8Array) => {
    hash.update(data);
    bytes += data.length;
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset);
  };
  const flush = () => {
    if (used > 0) put(buffer.subarray(0, used));
    used = 0;
  };
  const encode = () => {
    // A UTF-16 unit is at most three UTF-8 bytes.
    if (used + pending.length * 3 > buffer.length) flush();
    if (pending.length * 3 > buffer.length) put(Buffer.from(pending, 'utf8'));
    else used += encoder.encodeInto(pending, buffer.subarray(used)).written;
    pending = '';
  };
  return {
    sink: (text) => {
      pending += text;
      if (pending.length > 16_384) encode();
    },
    close: () => {
      if (!closed) {
        encode();
        flush();
        closeSync(fd);
      }
      closed = true;
      return { bytes, sha256: hash.digest('hex') };
    },
  };
}
