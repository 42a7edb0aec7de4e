import { open } from 'node:fs/promises';
import type { Io } from '../io.js';

/**
 * Pieces of text gathered into batches of about `size` characters: a table's rows are written a
 * batch at a time, not a row at a time, and never all at once.
 *
 * @example
 * ```ts
 * [...batches(['a', 'b', 'c'], 2)]; // ['ab', 'c']
 * ```
 */
export function* batches(pieces: Iterable<string>, size = 1 << 20): Generator<string> {
  let batch = '';
  for (const piece of pieces) {
    batch += piece;
    if (batch.length >= size) {
      yield batch;
      batch = '';
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Pieces of text (strings, or bytes already UTF-8) encoded into one reused buffer of `size` bytes, yielded each time it
 * is about to overflow: encoding each piece straight into the buffer spares joining the pieces
 * into one string first, which at hundreds of megabytes is most of the cost. A piece larger than
 * the buffer is encoded on its own. The yielded bytes are overwritten by the next ones: write
 * them before asking for more.
 *
 * @example
 * ```ts
 * for (const bytes of utf8Batches(pairsTable(c))) await file.write(bytes);
 * ```
 */
export function* utf8Batches(
  pieces: Iterable<string | Uint8Array>,
  size = 1 << 20,
): Generator<Uint8Array> {
  const buffer = Buffer.allocUnsafe(size);
  let used = 0;
  for (const piece of pieces) {
    if (typeof piece !== 'string') {
      if (used + piece.length > size && used > 0) {
        yield buffer.subarray(0, used);
        used = 0;
      }
      if (piece.length > size) yield piece;
      else {
        buffer.set(piece, used);
        used += piece.length;
      }
      continue;
    }
    // A UTF-16 code unit takes at most three bytes in UTF-8.
    if (used + piece.length * 3 > size && used > 0) {
      yield buffer.subarray(0, used);
      used = 0;
    }
    if (piece.length * 3 > size) yield Buffer.from(piece, 'utf8');
    else used += buffer.write(piece, used, 'utf8');
  }
  if (used > 0) yield buffer.subarray(0, used);
}

/**
 * Writes a text given piece by piece into a file, a megabyte at a time, each written before the
 * next is made, so that memory holds one megabyte however long the text.
 *
 * @example
 * ```ts
 * await writeTextFile('out/pairs.csv', pairsTable(comparison));
 * ```
 */
export async function writeTextFile(
  path: string,
  pieces: Iterable<string | Uint8Array>,
): Promise<void> {
  const file = await open(path, 'w');
  try {
    for (const bytes of utf8Batches(pieces))
      for (let done = 0; done < bytes.length; )
        done += (await file.write(bytes, done, bytes.length - done)).bytesWritten;
  } finally {
    await file.close();
  }
}

/**
 * Writes a text given piece by piece to standard output, a batch at a time, at the pace of its
 * reader.
 *
 * @example
 * ```ts
 * await writeTextOut(io, comparisonJson(comparison));
 * ```
 */
export async function writeTextOut(io: Io, pieces: Iterable<string>): Promise<void> {
  for (const batch of batches(pieces)) {
    io.stdout(batch);
    await io.drainStdout();
  }
}
