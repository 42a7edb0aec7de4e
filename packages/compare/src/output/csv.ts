/**
 * A value of a CSV cell.
 *
 * @example
 * ```ts
 * const row: CsvValue[] = ['wuzu-2024', 101, true, undefined];
 * ```
 */
export type CsvValue = string | number | boolean | undefined;

/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or
 * leading or trailing space, with quotes doubled. Numbers are written in full; booleans as
 * `true`/`false`, which R and pandas read as logicals; `undefined` as an empty field (NA).
 *
 * @example
 * ```ts
 * csvField('对违反《条例》第五条，"擅自"的处罚'); // '"对违反《条例》第五条，""擅自""的处罚"'
 * ```
 */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  // A number or a boolean never needs quotes.
  if (typeof value !== 'string') return String(value);
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * One CSV record with its line end: the fields as {@link csvField} writes them, comma-separated.
 *
 * @example
 * ```ts
 * csvLine(['wuzu', 3, true, undefined]); // 'wuzu,3,true,\n'
 * ```
 */
export function csvLine(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvField(values[i]);
  return `${line}\n`;
}

/**
 * A CSV text with a header row, lines ended by `\n`, UTF-8 without a byte order mark.
 *
 * @example
 * ```ts
 * csvText(['list', 'count'], [['wuzu', 3]]); // 'list,count\nwuzu,3\n'
 * ```
 */
export function csvText(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\n')}\n`;
}

/**
 * A function that makes each text a CSV field once, however many rows repeat it: ids, labels,
 * sections.
 *
 * @example
 * ```ts
 * const field = fieldCache();
 * field('basic'); // 'basic', quoted or not once and for all
 * ```
 */
export function fieldCache(): (text: string | undefined) => string {
  const known = new Map<string | undefined, string>();
  return (text) => {
    let field = known.get(text);
    if (field === undefined) {
      field = csvField(text);
      known.set(text, field);
    }
    return field;
  };
}
