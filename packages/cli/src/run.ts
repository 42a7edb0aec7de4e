import { escapeForTerminal } from '@qingdan/core';
import { Command, CommanderError } from 'commander';
import { commands } from './commands/index.js';
import { exitCodes } from './exit-codes.js';
import type { Io } from './io.js';
import { reportFileError } from './output/file-errors.js';

declare const QINGDAN_VERSION: string | undefined;

/**
 * Runs the `qingdan` command with its arguments (without `node` and the script) and returns the
 * exit code: 0 when all went well, 1 for invalid data (an input that cannot be read included),
 * 2 for a usage error (an output path that is refused or cannot be written included). File
 * errors are reported as issues, never thrown.
 *
 * @example
 * ```ts
 * process.exitCode = await run(['validate', 'examples/lists'], nodeIo());
 * ```
 */
export async function run(args: readonly string[], io: Io): Promise<number> {
  let code: number = exitCodes.ok;
  const exit = (c: number) => {
    code = Math.max(code, c);
  };
  const output = {
    writeOut: io.stdout,
    writeErr: io.stderr,
    // Commander quotes the argument it rejects as given: each line escaped, so an argument
    // holding terminal control sequences is shown, not obeyed.
    outputError: (text: string, write: (text: string) => void) =>
      write(text.split('\n').map(escapeForTerminal).join('\n')),
  };
  const program = new Command('qingdan')
    .description(
      '乡镇(街道)履行职责事项清单与村(社区)工作事项清单：校验、统计、发布\n' +
        'Township duty lists and village work lists: validate, summarise, publish.',
    )
    .version(typeof QINGDAN_VERSION === 'string' ? QINGDAN_VERSION : '0.0.0-dev')
    .showHelpAfterError('（用 --help 查看用法 / see --help）')
    .exitOverride()
    .configureOutput(output);
  for (const register of commands) register(program, { io, exit });
  for (const sub of program.commands) sub.exitOverride().configureOutput(output);
  if (args.length === 0) {
    // A bare `qingdan` is a command line without a command: say how to use it, as an error.
    io.stderr(program.helpInformation());
    return exitCodes.usage;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) {
      const fileCode = reportFileError(error, io, args.includes('--json'));
      if (fileCode === undefined) throw error;
      return Math.max(code, fileCode);
    }
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.code === 'commander.help'
    )
      return exitCodes.ok;
    return exitCodes.usage;
  }
  return code;
}
