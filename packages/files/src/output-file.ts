import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { attempt } from './file-system-error.js';
import { OutputRefusedError } from './output-refused-error.js';
import { canonicalPath } from './real-path.js';

/**
 * Options of {@link checkOutputFile}.
 *
 * @example
 * ```ts
 * const options: OutputFileOptions = { extensions: ['.yaml', '.yml', '.json'], inputs: ['x.csv'] };
 * ```
 */
export interface OutputFileOptions {
  /** The extensions the command knows how to write, with the dot, lower case. */
  readonly extensions: readonly string[];
  /** The files the command reads: the output may be none of them. */
  readonly inputs?: readonly string[];
  /** The command's other outputs in the same run: the output may be none of them either. */
  readonly others?: readonly string[];
  /**
   * Whether a file already at the path may be replaced (the user said `--force`). By default it
   * may not: a single file carries no mark of who wrote it, so qingdan cannot tell its own
   * earlier output from a file someone keeps there.
   */
  readonly replace?: boolean;
}

/** The file's identity on its device, so hard links and other spellings compare equal. */
async function identity(path: string): Promise<string | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info ? `${info.dev}:${info.ino}` : undefined;
}

/**
 * Checks that a command may write the output file `path`, before anything is written: its
 * extension is one the command knows, it is not a folder, it is none of the inputs nor of
 * the command's other outputs (compared by where they really are, links and `..` resolved), and
 * nothing is there yet unless `replace` is given.
 * Throws {@link OutputRefusedError} saying why.
 *
 * @example
 * ```ts
 * await checkOutputFile('list.yaml', { extensions: ['.yaml', '.json'], inputs: ['清单.xlsx'] });
 * ```
 */
export async function checkOutputFile(path: string, options: OutputFileOptions): Promise<void> {
  const extension = extname(path).toLowerCase();
  if (!options.extensions.includes(extension))
    throw new OutputRefusedError(path, 'extension', { allowed: options.extensions.join(', ') });
  const info = await stat(path).catch(() => undefined);
  if (info?.isDirectory()) throw new OutputRefusedError(path, 'is-a-folder');
  const here = await canonicalPath(path);
  const id = await identity(path);
  for (const [list, reason, key] of [
    [options.inputs ?? [], 'is-input', 'input'],
    [options.others ?? [], 'same-output', 'other'],
  ] as const) {
    for (const other of list) {
      const same =
        (await canonicalPath(other)) === here ||
        (id !== undefined && (await identity(other)) === id);
      if (same) throw new OutputRefusedError(path, reason, { [key]: other });
    }
  }
  // A link counts as there even when it points nowhere: the rename would replace it.
  if (!options.replace && (await lstat(path).catch(() => undefined)))
    throw new OutputRefusedError(path, 'exists');
}

/**
 * A file being written aside: write `path` (a temporary file beside the target), then
 * {@link OutputFileHandle.commit} renames it into place, or {@link OutputFileHandle.discard}
 * removes it. Readers of the target see the old file or the new one whole, never a part.
 *
 * @example
 * ```ts
 * const file = atomicFile('out/pairs.csv');
 * writeRows(file.path);
 * await file.commit();
 * ```
 */
export interface OutputFileHandle {
  readonly path: string;
  /**
   * Puts the file written at `path` in place. Unless `replace` was given, a file that appeared at
   * the target since it was checked is left alone and {@link OutputRefusedError} `exists` thrown.
   */
  readonly commit: () => Promise<void>;
  /** Removes the file written at `path`, leaving the target as it was. */
  readonly discard: () => Promise<void>;
}

/**
 * Options of {@link atomicFile} and {@link writeFilesAtomic}.
 *
 * @example
 * ```ts
 * const options: AtomicWriteOptions = { replace: true }; // the user said --force
 * ```
 */
export interface AtomicWriteOptions {
  /** Whether a file already at the target may be replaced; by default it may not. */
  readonly replace?: boolean;
}

/** Errors of `link` on file systems that have no hard links: fall back to a checked rename. */
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV']);

/**
 * Puts `from` at `to` only if nothing is there: `link` fails on an existing target, so a file
 * that appeared since the check cannot be replaced, however late it came.
 */
async function placeWithoutReplacing(from: string, to: string): Promise<'placed' | 'exists'> {
  try {
    await link(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return 'exists';
    if (!noHardLinks.has(code)) throw error;
    if (await lstat(to).catch(() => undefined)) return 'exists';
    await rename(from, to);
    return 'placed';
  }
  await unlink(from);
  return 'placed';
}

/**
 * Names a temporary file beside `target` (same folder, so the rename is atomic) for a writer
 * that streams; see {@link OutputFileHandle}.
 *
 * @example
 * ```ts
 * const file = atomicFile('list.xlsx');
 * await workbook.xlsx.writeFile(file.path);
 * await file.commit();
 * ```
 */
export function atomicFile(target: string, options: AtomicWriteOptions = {}): OutputFileHandle {
  const path = join(
    dirname(target),
    `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  let done = false;
  return {
    path,
    commit: async () => {
      if (options.replace) await attempt('rename', target, () => rename(path, target));
      else if (
        (await attempt('rename', target, () => placeWithoutReplacing(path, target))) === 'exists'
      )
        throw new OutputRefusedError(target, 'exists');
      done = true;
    },
    discard: async () => {
      // Best effort: a clean-up that fails must not hide the failure that led to it.
      if (!done) await rm(path, { force: true }).catch(() => undefined);
      done = true;
    },
  };
}

/**
 * Writes files so that each appears whole or not at all (making the folders they go in when
 * missing): every one is written aside first, and
 * only when all are written are they renamed into place. A failure leaves the targets as they
 * were and removes what was written aside; it is thrown as a `FileSystemError` naming the file.
 * Unless `replace` is given, a file already at a target (even one that appeared after
 * {@link checkOutputFile}) is left alone, the files of the set already placed are taken back,
 * and {@link OutputRefusedError} `exists` is thrown.
 *
 * @example
 * ```ts
 * await writeFilesAtomic([
 *   { path: 'list.csv', data: csv },
 *   { path: 'list.csv-metadata.json', data: metadata },
 * ]);
 * ```
 */
export async function writeFilesAtomic(
  files: readonly { readonly path: string; readonly data: string | Uint8Array }[],
  options: AtomicWriteOptions = {},
): Promise<void> {
  const handles = files.map((f) => ({ ...f, handle: atomicFile(f.path, options) }));
  const placed: string[] = [];
  try {
    for (const folder of new Set(files.map((f) => dirname(f.path))))
      await attempt('create-folder', folder, () => mkdir(folder, { recursive: true }));
    for (const f of handles)
      await attempt('write', f.path, () => writeFile(f.handle.path, f.data, { flag: 'wx' }));
    for (const f of handles) {
      await f.handle.commit();
      placed.push(f.path);
    }
  } catch (error) {
    // Without `replace` every file placed was new, so taking it back removes only our own work
    // and the set stays all or nothing.
    if (!options.replace) for (const p of placed) await rm(p, { force: true }).catch(() => {});
    throw error;
  } finally {
    for (const f of handles) await f.handle.discard();
  }
}
