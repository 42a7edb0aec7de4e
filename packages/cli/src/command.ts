import type { Command } from 'commander';
import type { Io } from './io.js';

/** What a subcommand gets: the streams, and a way to say how the run ended. */
export interface CommandContext {
  readonly io: Io;
  /** Records the exit code; the highest one recorded during a run wins. */
  readonly exit: (code: number) => void;
}

/**
 * A subcommand adds itself to the program. Each lives in its own module under `commands/`, and
 * `commands/index.ts` lists them.
 *
 * @example
 * ```ts
 * export const helloCommand: CommandRegistration = (program, { io }) => {
 *   program.command('hello').description('问候 / say hello').action(() => io.stdout('你好\n'));
 * };
 * ```
 */
export type CommandRegistration = (program: Command, context: CommandContext) => void;
