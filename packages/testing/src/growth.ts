/** CPU time of one call, in milliseconds: the load of other processes on the machine is not in it. */
function cpuMilliseconds(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * How much longer `run` takes on an input `factor` times larger: the best of `tries` CPU times
 * at `size × factor` over the best at `size`. About `factor` for linear work, about `factor²`
 * for quadratic. Tests assert the growth, never a number of milliseconds, so that a slow or
 * busy machine does not fail them while a quadratic scan still does.
 *
 * @example
 * ```ts
 * const growth = cpuGrowth((n) => parseCitations('《'.repeat(n)), 5_000);
 * expect(growth).toBeLessThan(40); // linear gives about 10, quadratic about 100
 * ```
 */
export function cpuGrowth(
  run: (size: number) => void,
  size: number,
  options: { readonly factor?: number; readonly tries?: number } = {},
): number {
  const { factor = 10, tries = 3 } = options;
  const best = (n: number) => {
    let fastest = Number.POSITIVE_INFINITY;
    for (let i = 0; i < tries; i++)
      fastest = Math.min(
        fastest,
        cpuMilliseconds(() => run(n)),
      );
    // A run too short for the clock to see counts as one tick, so the ratio stays finite.
    return Math.max(fastest, 1);
  };
  best(size); // warm-up: the first call compiles the code
  const small = best(size);
  return best(size * factor) / small;
}
