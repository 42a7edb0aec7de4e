import { escapeForTerminal } from '@qingdan/core';
import stringWidth from 'string-width';

/**
 * A plain-text table whose columns line up with Chinese text (wide characters count twice).
 * Columns after the first are right-aligned when every cell in them is a number. Cells hold
 * user text (names, labels), so each is escaped for the terminal before it is measured.
 *
 * @example
 * ```ts
 * formatTable(['类别 section', '数量 count'], [['basic', '101']]);
 * ```
 */
export function formatTable(
  rawHeader: readonly string[],
  rawRows: readonly (readonly string[])[],
): string {
  const header = rawHeader.map(escapeForTerminal);
  const rows = rawRows.map((r) => r.map(escapeForTerminal));
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => stringWidth(r[c] ?? ''))));
  const numeric = header.map((_, c) => c > 0 && rows.every((r) => /^-?[\d.,%]*$/.test(r[c] ?? '')));
  const line = (row: readonly string[]) =>
    row
      .map((cell, c) => {
        const pad = ' '.repeat((widths[c] ?? 0) - stringWidth(cell));
        return numeric[c] ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return `${[line(header), rule, ...rows.map(line)].join('\n')}\n`;
}
