import { unsafeForTerminal } from './characters.js';

const short: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/**
 * User text made safe to print on a terminal: every control character (ESC above all, which
 * can retitle, clear or rewrite the screen), bidirectional control, invisible character, line
 * separator and lone surrogate is shown as an escape — `\u001b`, `\u202e`, `\n` — so the text
 * shows what it holds and cannot act on the terminal or make lines of its own. Everything else,
 * Chinese included, is left as it is. Use it on each piece of user text (a title, a name, a
 * file name, an issue's message) before it joins the output, never on the output's own
 * layout.
 *
 * @example
 * ```ts
 * escapeForTerminal('清单\u001b]0;pwned\u0007'); // '清单\\u001b]0;pwned\\u0007'
 * escapeForTerminal('第一行\n第二行'); // '第一行\\n第二行'
 * ```
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    unsafeForTerminal,
    (c) => short[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
