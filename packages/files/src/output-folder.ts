import { existsSync } from 'node:fs';
import { lstat, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { refuseInputs } from './check-inputs.js';
import { attempt } from './file-system-error.js';
import { markedCommand, outputMarkerFile, outputMarkerText } from './output-marker.js';
import { OutputRefusedError } from './output-refused-error.js';

/**
 * Options of {@link checkOutputFolder} and {@link openOutputFolder}.
 *
 * @example
 * ```ts
 * const options: OutputFolderOptions = { command: 'publish', inputs: ['examples/lists'] };
 * ```
 */
export interface OutputFolderOptions {
  /** The command that writes the folder; only an earlier output of it may be replaced. */
  readonly command: string;
  /** The files and folders the command reads: the output may not be, hold or lie in one. */
  readonly inputs?: readonly string[];
}

/**
 * Checks that a command may write the output folder `out`, before anything is written: the
 * folder must be absent, empty, or an earlier output of the same command (it holds the marker
 * that command wrote), and never an input, a folder holding one, or a folder inside an input
 * folder. Throws {@link OutputRefusedError} saying why, or a `FileSystemError` when the folder
 * cannot be looked at.
 *
 * @example
 * ```ts
 * await checkOutputFolder('out/examples', { command: 'publish', inputs: ['examples/lists'] });
 * ```
 */
export async function checkOutputFolder(out: string, options: OutputFolderOptions): Promise<void> {
  await refuseInputs(out, options.inputs ?? []);
  const info = await lstat(out).catch(() => undefined);
  if (!info) return;
  const target = info.isSymbolicLink() ? await stat(out).catch(() => undefined) : info;
  if (!target?.isDirectory()) throw new OutputRefusedError(out, 'not-a-folder');
  // A link would be replaced by a folder, not followed: refuse rather than surprise.
  if (info.isSymbolicLink()) throw new OutputRefusedError(out, 'link');
  const entries = await attempt('list', out, () => readdir(out));
  if (entries.length === 0) return;
  const command = await markedCommand(out);
  if (command === undefined)
    throw new OutputRefusedError(out, 'not-ours', {
      command: options.command,
      entry: [...entries].sort()[0] ?? '',
    });
  if (command !== options.command)
    throw new OutputRefusedError(out, 'other-command', {
      command: options.command,
      other: command,
    });
}

/**
 * A folder being written aside: write into `path`, then {@link OutputFolder.commit} puts it in
 * the output folder's place whole, or {@link OutputFolder.discard} drops it.
 *
 * @example
 * ```ts
 * const folder = await openOutputFolder('out/examples', { command: 'publish' });
 * writeFileSync(join(folder.path, 'catalog.ttl'), turtle);
 * await folder.commit();
 * ```
 */
export interface OutputFolder {
  /** The staging folder to write into (beside the output folder, on the same file system). */
  readonly path: string;
  /** Puts the staging folder in the output folder's place. */
  readonly commit: () => Promise<void>;
  /** Removes the staging folder, leaving the output folder as it was. */
  readonly discard: () => Promise<void>;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Puts right what a killed run left: an output moved aside and not replaced, staging folders. */
async function recover(parent: string, name: string, out: string): Promise<void> {
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}\\.(staging|previous)-(\\d+)$`);
  for (const entry of await attempt('list', parent, () => readdir(parent))) {
    const found = pattern.exec(entry);
    if (!found || isRunning(Number(found[2]))) continue;
    const path = join(parent, entry);
    if (found[1] === 'previous' && !existsSync(out))
      await attempt('rename', path, () => rename(path, out));
    else await attempt('remove', path, () => rm(path, { recursive: true, force: true }));
  }
}

/**
 * Checks the output folder (see {@link checkOutputFolder}) and opens a staging folder beside it
 * (`.<name>.staging-<pid>`), holding the marker of the command from the start. Readers see the
 * old or the new folder whole: on commit the old one is renamed aside, the new one renamed in,
 * the old one removed; only between the two renames (microseconds) is there none, and a run
 * killed just then is put right by the next run. A failed or killed run leaves the previous
 * output as it was.
 *
 * @example
 * ```ts
 * const folder = await openOutputFolder('public', { command: 'publish', inputs: ['lists'] });
 * try { write(folder.path); await folder.commit(); } finally { await folder.discard(); }
 * ```
 */
export async function openOutputFolder(
  out: string,
  options: OutputFolderOptions,
): Promise<OutputFolder> {
  const absolute = resolve(out);
  const parent = dirname(absolute);
  const name = basename(absolute);
  await attempt('create-folder', parent, () => mkdir(parent, { recursive: true }));
  await recover(parent, name, absolute);
  await checkOutputFolder(absolute, options);
  const staging = join(parent, `.${name}.staging-${process.pid}`);
  await attempt('remove', staging, () => rm(staging, { recursive: true, force: true }));
  await attempt('create-folder', staging, () => mkdir(staging));
  const marker = join(staging, outputMarkerFile);
  await attempt('write', marker, () => writeFile(marker, outputMarkerText(options.command)));
  let done = false;
  return {
    path: staging,
    commit: async () => {
      const previous = join(parent, `.${name}.previous-${process.pid}`);
      const hadPrevious = existsSync(absolute);
      if (hadPrevious) await attempt('rename', out, () => rename(absolute, previous));
      await attempt('rename', out, () => rename(staging, absolute));
      done = true;
      if (hadPrevious)
        await attempt('remove', previous, () => rm(previous, { recursive: true, force: true }));
    },
    discard: async () => {
      // Best effort: a clean-up that fails must not hide the failure that led to it.
      if (!done) await rm(staging, { recursive: true, force: true }).catch(() => undefined);
      done = true;
    },
  };
}
