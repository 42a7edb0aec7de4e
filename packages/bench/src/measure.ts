/** What one timed run of a function over a corpus gave. */
export interface Measurement {
  readonly name: string;
  readonly cells: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/**
 * Runs `work` over every item once to warm up, then `rounds` times more, and reports the best
 * round: the one least disturbed by the rest of the machine.
 *
 * @example
 * ```ts
 * const m = measure('split', cells, (c) => c.split('；').length);
 * ```
 */
export function measure<T>(
  name: string,
  items: readonly T[],
  work: (item: T) => number,
  rounds = 5,
): Measurement {
  let sink = 0;
  for (const item of items) sink += work(item);
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (const item of items) sink += work(item);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    best = Math.min(best, seconds);
  }
  if (sink === -1) console.log('');
  return { name, cells: items.length, seconds: best, perSecond: items.length / best };
}
