// Excel runs a cell as a formula when it starts with one of these (CWE-1236).
const trigger = /^'*[=+\-@\t\r]/;
const guarded = /^'+[=+\-@\t\r]/;

/**
 * A CSV cell made safe to open in a spreadsheet program: a cell starting with `=`, `+`, `-`,
 * `@`, tab or carriage return (or quotes before one) gets a leading `'`, so it is shown as text
 * and never run. {@link unneutraliseCell} takes it off again.
 *
 * @example
 * ```ts
 * neutraliseCell('=HYPERLINK("http://x")'); // `'=HYPERLINK("http://x")`
 * ```
 */
export function neutraliseCell(value: string): string {
  return trigger.test(value) ? `'${value}` : value;
}

/**
 * The cell as it was before {@link neutraliseCell}.
 *
 * @example
 * ```ts
 * unneutraliseCell("'=1+1"); // '=1+1'
 * ```
 */
export function unneutraliseCell(value: string): string {
  return guarded.test(value) ? value.slice(1) : value;
}
