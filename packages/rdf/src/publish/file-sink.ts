import { createHash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import type { ByteSink, TextSink } from '../serialize/index.js';

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

const bufferSize = 1 << 20;

/**
 * Write buffers of closed files, for the next file to reuse: publishing opens four files an
 * edition, and a new megabyte each time is memory outside the heap that makes V8 collect
 * garbage sooner. At most a few are kept.
 */
const spare: Buffer[] = [];

/**
 * Opens a file for writing and gives a sink that writes each chunk through, counting bytes and
 * hashing as it goes, so a distribution's size and checksum cost no second read; and the same
 * buffer as a `ByteSink`, for a writer that encodes its own bytes (`writeLines`).
 *
 * @example
 * ```ts
 * const file = openFileSink('out/421127104/wuzu-2024.ttl');
 * writer = new TurtleWriter(file.sink);
 * // …
 * const { bytes, sha256 } = file.close();
 * ```
 */
export function openFileSink(path: string): {
  sink: TextSink;
  bytes: ByteSink;
  /** Writes what is pending, closes the file and tells its size and checksum. */
  close: () => WrittenFile;
} {
  const fd = openSync(path, 'w');
  const hash = createHash('sha256');
  // Measured: gathering ~16 K characters in a string and encoding them with encodeInto into one
  // reused buffer is several times faster than Buffer.from on larger strings or a write per line.
  const encoder = new TextEncoder();
  let total = 0;
  let closed = false;
  let pending = '';
  const put = (data: Uint8Array) => {
    hash.update(data);
    total += data.length;
    let offset = 0;
    while (offset < data.length) offset += writeSync(fd, data, offset);
  };
  const flush = () => {
    if (bytes.used > 0) put(bytes.buffer.subarray(0, bytes.used));
    bytes.used = 0;
  };
  const encode = () => {
    // A UTF-16 unit is at most three UTF-8 bytes.
    if (bytes.used + pending.length * 3 > bytes.buffer.length) flush();
    if (pending.length * 3 > bytes.buffer.length) put(Buffer.from(pending, 'utf8'));
    else bytes.used += encoder.encodeInto(pending, bytes.buffer.subarray(bytes.used)).written;
    pending = '';
  };
  const bytes: ByteSink = {
    buffer: spare.pop() ?? Buffer.allocUnsafe(bufferSize),
    used: 0,
    room: (n) => {
      if (pending !== '') encode();
      if (bytes.used + n <= bytes.buffer.length) return;
      flush();
      if (n > bytes.buffer.length) bytes.buffer = Buffer.allocUnsafe(n);
    },
  };
  return {
    sink: (text) => {
      pending += text;
      if (pending.length > 16_384) encode();
    },
    bytes,
    close: () => {
      if (!closed) {
        encode();
        flush();
        closeSync(fd);
        if (bytes.buffer.length === bufferSize && spare.length < 4) spare.push(bytes.buffer);
        bytes.buffer = Buffer.alloc(0);
      }
      closed = true;
      return { bytes: total, sha256: hash.digest('hex') };
    },
  };
}
