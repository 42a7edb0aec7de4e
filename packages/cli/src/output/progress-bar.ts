import { escapeForTerminal } from '@qingdan/core';
import type { Io } from '../io.js';

/**
 * A progress bar on standard error, the one every long command draws: a label, the bar, the
 * count and, when given, what is being handled now (escaped, and cut to its last characters so
 * the line never wraps). Drawn only on a terminal; `undefined` otherwise, so output piped or
 * asked for as `--json` stays clean. `done` clears the line.
 *
 * @example
 * ```ts
 * const bar = progressBar(io, '发布 publishing', files.length);
 * bar?.draw(3, 'lists/wuzu.yaml');
 * bar?.done();
 * ```
 */
export function progressBar(
  io: Io,
  label: string,
  total: number,
): { draw: (done: number, item?: string) => void; done: () => void } | undefined {
  if (!io.interactive) return undefined;
  const width = 24;
  return {
    draw: (done, item) => {
      const filled = total <= 0 ? width : Math.min(width, Math.round((done / total) * width));
      const shown = item === undefined ? '' : escapeForTerminal(item);
      const name = shown.length > 40 ? ` …${shown.slice(-39)}` : shown ? ` ${shown}` : '';
      io.stderr(
        `\r${label} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total}${name}\u001b[K`,
      );
    },
    done: () => io.stderr('\r\u001b[K'),
  };
}
