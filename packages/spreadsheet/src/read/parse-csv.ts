/** Tab-separated only when the first record has tabs and no comma outside quotes. */
function delimiterOf(text: string): string {
  let quoted = false;
  let tabs = 0;
  let commas = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === '\t') tabs++;
    else if (!quoted && ch === ',') commas++;
  }
  return tabs > 0 && commas === 0 ? '\t' : ',';
}

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells may hold commas, quotes written
 * twice and line breaks). The delimiter is a comma, or a tab when the first line has tabs and no
 * comma. Each row keeps the 1-based line on which it starts, for error messages.
 *
 * @example
 * ```ts
 * parseCsv('序号,事项名称\n1,"a, b"\n'); // [{ line: 1, cells: ['序号', '事项名称'] }, { line: 2, cells: ['1', 'a, b'] }]
 * ```
 */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const delimiter = delimiterOf(text);
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  let i = 0;
  const endRow = (): void => {
    cells.push(cell);
    rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else cell += ch;
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return rows;
}
