import type { Io } from '../src/io.js';
import { run } from '../src/run.js';

/** What one in-process run of the command gave: its exit code and everything it printed. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `qingdan` in this process with what standard input holds and whether standard error is
 * a terminal, capturing its output.
 */
export async function qingdanWith(
  options: { readonly stdin?: string | Uint8Array; readonly interactive?: boolean },
  ...args: string[]
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    drainStdout: async () => {},
    stderr: (t) => {
      stderr += t;
    },
    readStdin: async () =>
      typeof options.stdin === 'string'
        ? new TextEncoder().encode(options.stdin)
        : (options.stdin ?? new Uint8Array()),
    interactive: options.interactive ?? false,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** Runs `qingdan` in this process with empty standard input and no terminal. */
export function qingdan(...args: string[]): Promise<CliRun> {
  return qingdanWith({}, ...args);
}
