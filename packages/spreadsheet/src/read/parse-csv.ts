import { CsvError, parse } from 'csv-parse/sync';

/**
 * What was wrong with a CSV line that could not be read as a record.
 *
 * @example
 * ```ts
 * const problem: CsvProblem = 'quote-not-closed';
 * ```
 */
export type CsvProblem =
  | 'quote-not-closed'
  | 'invalid-closing-quote'
  | 'invalid-opening-quote'
  | 'malformed'
  | 'not-read';

/**
 * One record of a CSV file and the 1-based line it starts on; or a line that could not be read,
 * with its text as written and what was wrong.
 *
 * @example
 * ```ts
 * const ok: CsvRecord = { line: 2, cells: ['1', '森林防火'] };
 * const broken: CsvRecord = { line: 3, cells: [], problem: 'quote-not-closed', text: '2,"防汛' };
 * ```
 */
export type CsvRecord =
  | { readonly line: number; readonly cells: string[]; readonly problem?: undefined }
  | {
      readonly line: number;
      readonly cells: string[];
      readonly problem: CsvProblem;
      readonly text: string;
    };

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

/** Byte offsets at which each physical line starts; CRLF, LF and CR all end a line. */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) i++;
    if (bytes[i] === 0x0a || bytes[i] === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line holding a byte offset. */
function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

const problemOf = (error: unknown): CsvProblem => {
  const code = error instanceof CsvError ? error.code : undefined;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'quote-not-closed';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'invalid-closing-quote';
  if (code === 'INVALID_OPENING_QUOTE') return 'invalid-opening-quote';
  return 'malformed';
};

/** How many bytes csv-parse read of a record before it gave up on it. */
const rawBytes = (error: unknown): number => {
  const raw = error instanceof CsvError ? (error as CsvError & { raw?: unknown }).raw : undefined;
  return typeof raw === 'string' ? Buffer.byteLength(raw) : 0;
};

/**
 * Splits CSV text into records with csv-parse (RFC 4180: quoted cells may hold delimiters,
 * quotes written twice and line breaks; CRLF, LF and CR all end a record). The delimiter is a
 * comma, or a tab when the first line has tabs and no comma. Each record keeps the 1-based line
 * on which it starts, for error messages.
 *
 * A malformed record never takes the rest of the file with it: the line it starts on comes back
 * as a record with a `problem` and its text, and reading resumes on the next line, so an
 * unclosed quote costs one line, not every line after it. The work is bounded: once csv-parse
 * has read the file's bytes eight times over, the lines left come back unread (`not-read`).
 *
 * @example
 * ```ts
 * parseCsv('序号,事项名称\n1,"a, b"\n'); // [{ line: 1, cells: ['序号', '事项名称'] }, { line: 2, cells: ['1', 'a, b'] }]
 * parseCsv('a\n"b\nc\n')[1]; // { line: 2, cells: [], problem: 'quote-not-closed', text: '"b' }
 * ```
 */
export function parseCsv(text: string): CsvRecord[] {
  // Offsets are counted in the UTF-8 bytes csv-parse counts, on the very buffer it reads.
  const bytes = Buffer.from(text, 'utf8');
  const starts = lineStarts(bytes);
  const delimiter = delimiterOf(text);
  const lineText = (line: number): string =>
    bytes
      .subarray(starts[line - 1], starts[line] ?? bytes.length)
      .toString('utf8')
      .replace(/\r\n?$|\n$/, '');
  const records: CsvRecord[] = [];
  let budget = 8 * bytes.length + 1024 * 1024;
  let from = 0;
  while (from < bytes.length) {
    if (budget <= 0) {
      for (let line = lineAt(starts, from); line <= starts.length; line++)
        if (lineText(line) !== '')
          records.push({ line, cells: [], problem: 'not-read', text: lineText(line) });
      break;
    }
    let end = from;
    try {
      parse(bytes.subarray(from), {
        delimiter,
        record_delimiter: ['\r\n', '\n', '\r'],
        relax_column_count: true,
        // The raw text of a record that fails tells how far csv-parse read into it.
        raw: true,
        // With `raw`, csv-parse hands over { record, raw }; its types only know plain records.
        on_record: (read: unknown, context) => {
          const cells = (read as { record: string[] }).record;
          records.push({ line: lineAt(starts, end), cells });
          end = from + context.bytes;
          return null;
        },
      });
      break;
    } catch (error) {
      // All csv-parse read on this try counts, the failed record included: it is read again.
      budget -= end - from + rawBytes(error);
      const line = lineAt(starts, end);
      records.push({ line, cells: [], problem: problemOf(error), text: lineText(line) });
      from = starts[line] ?? bytes.length;
    }
  }
  return records;
}
