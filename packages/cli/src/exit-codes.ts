/**
 * The command's exit codes: the same for every subcommand.
 *
 * @example
 * ```ts
 * exit(result.ok ? exitCodes.ok : exitCodes.invalidData);
 * ```
 */
export const exitCodes = {
  /** Everything given was valid and the work was done. */
  ok: 0,
  /**
   * Some data was invalid or an input could not be read (each reported, the rest still handled),
   * or a comparison, admission or publication found problems.
   */
  invalidData: 1,
  /**
   * The command line was wrong: an unknown option, a missing argument, or an output path that
   * is refused or cannot be written (then nothing was written).
   */
  usage: 2,
} as const;
