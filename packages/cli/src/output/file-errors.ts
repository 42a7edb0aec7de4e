import {
  asFileSystemError,
  FileSystemError,
  fileIssue,
  isFileError,
  type OutputRefusedError,
} from '@qingdan/files';
import { exitCodes } from '../exit-codes.js';
import type { Io } from '../io.js';
import { formatIssueForTerminal, issueToJson } from './issues.js';

/**
 * Reports a file error that ended a command — a refused output path, a folder that cannot be
 * made, a file that cannot be written — as a zh/en issue (JSON with `--json`) and gives the exit
 * code: 2, since nothing was written and the command line named a path that cannot be used.
 * Anything else is not a file error and is handed back (`undefined`) for the caller to rethrow.
 *
 * @example
 * ```ts
 * const code = reportFileError(error, io, args.includes('--json'));
 * if (code === undefined) throw error;
 * ```
 */
export function reportFileError(error: unknown, io: Io, json: boolean): number | undefined {
  const known: FileSystemError | OutputRefusedError | undefined = isFileError(error)
    ? error
    : asFileSystemError(error);
  if (!known) return undefined;
  const issue = { ...fileIssue(known), file: known.path };
  if (json) io.stdout(`${JSON.stringify({ ok: false, issues: [issueToJson(issue)] }, null, 2)}\n`);
  else io.stderr(formatIssueForTerminal(issue));
  return known instanceof FileSystemError && known.reading
    ? exitCodes.invalidData
    : exitCodes.usage;
}
