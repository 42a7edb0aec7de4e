import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The file each output folder holds to say which command wrote it, so that a later run of the
 * same command may replace the folder and nothing else ever is.
 *
 * @example
 * ```ts
 * existsSync(join('out/examples', outputMarkerFile)); // true after a publish
 * ```
 */
export const outputMarkerFile = '.qingdan-output.json';

/**
 * The marker's text: the command, and a line for people who open it.
 *
 * @example
 * ```ts
 * writeFileSync(join(staging, outputMarkerFile), outputMarkerText('publish'));
 * ```
 */
export function outputMarkerText(command: string): string {
  return `${JSON.stringify(
    {
      writtenBy: `qingdan ${command}`,
      command,
      note: 'qingdan replaces this folder as a whole on the next run of the same command; do not keep other files here.',
    },
    null,
    2,
  )}\n`;
}

/**
 * The command that wrote a folder, from its marker; `undefined` when it has none (or one that
 * cannot be read, which is then no marker).
 *
 * @example
 * ```ts
 * await markedCommand('out/examples'); // 'publish'
 * ```
 */
export async function markedCommand(folder: string): Promise<string | undefined> {
  try {
    const data = JSON.parse(await readFile(join(folder, outputMarkerFile), 'utf8')) as unknown;
    const command = (data as { command?: unknown } | null)?.command;
    return typeof command === 'string' ? command : undefined;
  } catch {
    return undefined;
  }
}
