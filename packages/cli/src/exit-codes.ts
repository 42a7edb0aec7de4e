/** The command's exit codes: the same for every subcommand. */
export const exitCodes = {
  /** Everything given was valid and the work was done. */
  ok: 0,
  /** Some data was invalid (or a comparison, admission or publication found problems). */
  invalidData: 1,
  /** The command line was wrong: an unknown option, a missing argument. */
  usage: 2,
} as const;
