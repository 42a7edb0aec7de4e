/**
 * What a command was doing with a path when the file system refused.
 *
 * @example
 * ```ts
 * const operation: FileOperation = 'read';
 * ```
 */
export type FileOperation =
  | 'read'
  | 'list'
  | 'stat'
  | 'write'
  | 'create-folder'
  | 'rename'
  | 'remove';

/** The operations whose failure means an input could not be read (the rest: an output). */
const readingOperations: ReadonlySet<FileOperation> = new Set(['read', 'list', 'stat']);

/**
 * A file-system failure, tagged with what was being done, to which path, and the system's
 * error code (`errno`, such as `ENOENT` or `EACCES`), with the original error as `cause`. It is
 * thrown by the functions of this package and turned into a located zh/en issue by
 * {@link fileIssue}, so no caller has to read Node's error objects.
 *
 * @example
 * ```ts
 * try {
 *   await readBytes('missing.yaml');
 * } catch (error) {
 *   if (error instanceof FileSystemError) console.error(error.operation, error.path, error.errno);
 * }
 * ```
 */
export class FileSystemError extends Error {
  readonly _tag = 'FileSystemError' as const;
  readonly operation: FileOperation;
  readonly path: string;
  readonly errno: string;

  constructor(operation: FileOperation, path: string, errno: string, options?: ErrorOptions) {
    super(`${operation} ${path}: ${errno}`, options);
    this.name = 'FileSystemError';
    this.operation = operation;
    this.path = path;
    this.errno = errno;
  }

  /** Whether the failure was in reading an input rather than writing an output. */
  get reading(): boolean {
    return readingOperations.has(this.operation);
  }
}

/**
 * Wraps whatever a file-system call threw as a {@link FileSystemError}: Node's errors carry
 * their `errno` name in `code`; anything else is kept as the `cause` under `EIO`.
 *
 * @example
 * ```ts
 * try { await readFile(path); } catch (error) { throw fileSystemError('read', path, error); }
 * ```
 */
export function fileSystemError(
  operation: FileOperation,
  path: string,
  cause: unknown,
): FileSystemError {
  if (cause instanceof FileSystemError) return cause;
  const code = (cause as NodeJS.ErrnoException | undefined)?.code;
  return new FileSystemError(operation, path, typeof code === 'string' ? code : 'EIO', { cause });
}

/**
 * Runs a file-system call and turns its failure into a {@link FileSystemError}.
 *
 * @example
 * ```ts
 * const text = await attempt('read', path, () => readFile(path, 'utf8'));
 * ```
 */
export async function attempt<T>(
  operation: FileOperation,
  path: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw fileSystemError(operation, path, error);
  }
}

/** Node's system-call names, by what they mean to a user. */
const operationsBySyscall: Readonly<Record<string, FileOperation>> = {
  open: 'read',
  read: 'read',
  scandir: 'list',
  opendir: 'list',
  stat: 'stat',
  lstat: 'stat',
  realpath: 'stat',
  access: 'stat',
  write: 'write',
  mkdir: 'create-folder',
  mkdtemp: 'create-folder',
  rename: 'rename',
  unlink: 'remove',
  rmdir: 'remove',
  rm: 'remove',
};

/**
 * Recognises an error that Node's file system threw somewhere it was not wrapped (it names a
 * system call and a path), as a last line of defence before a stack trace would reach a user.
 *
 * @example
 * ```ts
 * const known = asFileSystemError(error); // undefined for anything that is not a file error
 * ```
 */
export function asFileSystemError(error: unknown): FileSystemError | undefined {
  if (error instanceof FileSystemError) return error;
  const e = error as (NodeJS.ErrnoException & { dest?: string }) | undefined;
  if (!(e instanceof Error) || typeof e.code !== 'string' || typeof e.syscall !== 'string')
    return undefined;
  const operation = operationsBySyscall[e.syscall] ?? 'write';
  return new FileSystemError(operation, e.path ?? e.dest ?? '', e.code, { cause: error });
}
