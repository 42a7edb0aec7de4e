import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

function siblings(out: string): { parent: string; name: string } {
  return { parent: dirname(out), name: basename(out) };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Makes a run's staging folder beside the output folder (`.<name>.publishing-<pid>`), on the
 * same file system so the final rename is atomic. First puts right what a killed run may have
 * left: an output folder moved aside but not replaced is moved back, and staging folders of runs
 * no longer alive are removed.
 *
 * @example
 * ```ts
 * const staging = await openStaging('public/lists');
 * ```
 */
export async function openStaging(out: string): Promise<string> {
  const { parent, name } = siblings(out);
  await mkdir(parent, { recursive: true });
  const pattern = new RegExp(
    `^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(publishing|previous)-(\\d+)$`,
  );
  for (const entry of await readdir(parent)) {
    const found = pattern.exec(entry);
    if (!found || isRunning(Number(found[2]))) continue;
    const path = join(parent, entry);
    if (found[1] === 'previous' && !existsSync(out)) await rename(path, out);
    else await rm(path, { recursive: true, force: true });
  }
  const staging = join(parent, `.${name}.publishing-${process.pid}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging);
  return staging;
}

/**
 * Puts the staging folder in the output folder's place: the old publication is renamed aside,
 * the new one renamed in, the old one removed. Readers see the old or the new folder whole; only
 * between the two renames (microseconds) is there none, and a run killed just then is put right
 * by the next {@link openStaging}.
 *
 * @example
 * ```ts
 * await commitStaging(staging, 'public/lists');
 * ```
 */
export async function commitStaging(staging: string, out: string): Promise<void> {
  const { parent, name } = siblings(out);
  const previous = join(parent, `.${name}.previous-${process.pid}`);
  const hadPrevious = existsSync(out);
  if (hadPrevious) await rename(out, previous);
  await rename(staging, out);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}

/**
 * Removes a staging folder, leaving the output folder as it was.
 *
 * @example
 * ```ts
 * await discardStaging(staging);
 * ```
 */
export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
}
