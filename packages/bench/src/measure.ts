/** What one timed run of a function over a corpus gave. */
export interface Measurement {
  readonly name: string;
  readonly cells: number;
  /** Wall-clock seconds of the best round. */
  readonly seconds: number;
  /** CPU seconds (user and system) of the best round: what one core spent, however busy the machine. */
  readonly cpuSeconds: number;
  readonly perSecond: number;
  readonly perCpuSecond: number;
}

/**
 * Runs `work` over every item once to warm up, then `rounds` times more, and reports the best
 * round by wall clock and by CPU time: the rounds least disturbed by the rest of the machine.
 * CPU time is what tells the cost on one core when other processes share the machine.
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
  let bestCpu = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    for (const item of items) sink += work(item);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    const used = process.cpuUsage(cpu);
    best = Math.min(best, seconds);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
  }
  // keeps the work from being optimised away
  if (sink === -1) console.log('');
  return {
    name,
    cells: items.length,
    seconds: best,
    cpuSeconds: bestCpu,
    perSecond: items.length / best,
    perCpuSecond: items.length / bestCpu,
  };
}
