/**
 * What a command may touch of the outside world; tests pass their own to capture output.
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const io: Io = { ...nodeIo(), stdout: (s) => out.push(s) };
 * ```
 */
export interface Io {
  /** Writes to standard output: a command's result. */
  readonly stdout: (text: string) => void;
  /**
   * Resolves once what was written to standard output has been handed on, so that a long output
   * (`compare --json` of thousands of lists) is written at the pace of its reader, not buffered.
   */
  readonly drainStdout: () => Promise<void>;
  /** Writes to standard error: issues, refusals and progress. */
  readonly stderr: (text: string) => void;
  /** Standard input as bytes: a command decodes them, strictly, as it decodes a file. */
  readonly readStdin: () => Promise<Uint8Array>;
  /** Whether standard error is a terminal, so a progress bar may be drawn on it. */
  readonly interactive: boolean;
}

/**
 * The process's own standard streams.
 *
 * @example
 * ```ts
 * await run(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): Io {
  return {
    stdout: (text) => process.stdout.write(text),
    drainStdout: () =>
      process.stdout.writableNeedDrain
        ? new Promise((resolve) => process.stdout.once('drain', () => resolve()))
        : Promise.resolve(),
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    interactive: Boolean(process.stderr.isTTY),
  };
}
