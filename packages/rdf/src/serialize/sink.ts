/**
 * Where a writer puts its text: called with each statement (or part of one), in order. Writers
 * hold no text of their own, so a sink decides how to gather it: a file sink encodes straight
 * into a byte buffer, never building one long string.
 *
 * @example
 * ```ts
 * const parts: string[] = [];
 * const sink: TextSink = (text) => parts.push(text);
 * ```
 */
export type TextSink = (text: string) => void;

/**
 * A byte buffer a writer puts UTF-8 bytes in itself: call `room(n)`, then write at most `n`
 * bytes into `buffer` from `used` on and add their number to `used`. A file sink writes out
 * what the buffer holds when `room` needs it; a memory sink keeps it.
 *
 * @example
 * ```ts
 * sink.room(line.length);
 * sink.used += line.copy(sink.buffer, sink.used);
 * ```
 */
export interface ByteSink {
  /** The buffer; `room` may replace it. */
  buffer: Buffer;
  /** How many bytes of `buffer` are written. */
  used: number;
  /** Makes room for `n` more bytes at `used`, writing out or keeping what the buffer holds. */
  room(n: number): void;
}
