import { type Issue, makeIssue } from '@qingdan/core';
import { FileSystemError } from './file-system-error.js';
import { OutputRefusedError } from './output-refused-error.js';

/**
 * An issue a user can read for a file error: `file-not-found` for an input that is not there,
 * `file-unreadable` for another failure to read, `file-unwritable` for a failure to write, and
 * `output-refused` for an output path that is refused. The path is in the params (the issue's
 * own `path` is a path into a value, which a file error has none of).
 *
 * @example
 * ```ts
 * issueMessages(fileIssue(new FileSystemError('read', 'a.yaml', 'ENOENT'))).en; // 'a.yaml does not exist'
 * ```
 */
export function fileIssue(error: FileSystemError | OutputRefusedError): Issue {
  if (error instanceof OutputRefusedError)
    return makeIssue('output-refused', 'error', [], {
      path: error.path,
      reason: error.reason,
      ...error.details,
    });
  const params = { path: error.path, errno: error.errno, operation: error.operation };
  if (!error.reading) return makeIssue('file-unwritable', 'error', [], params);
  return makeIssue(
    error.errno === 'ENOENT' ? 'file-not-found' : 'file-unreadable',
    'error',
    [],
    params,
  );
}

/**
 * Whether a thrown value is one of this package's typed file errors.
 *
 * @example
 * ```ts
 * if (isFileError(error)) report(fileIssue(error));
 * ```
 */
export function isFileError(error: unknown): error is FileSystemError | OutputRefusedError {
  return error instanceof FileSystemError || error instanceof OutputRefusedError;
}
