/**
 * Where a writer puts its text: called with chunks of a few tens of kilobytes, in order.
 *
 * @example
 * ```ts
 * const parts: string[] = [];
 * const sink: TextSink = (chunk) => parts.push(chunk);
 * ```
 */
export type TextSink = (chunk: string) => void;

/** How much text a writer gathers before handing it to its sink. */
export const chunkSize = 1 << 16;
