import { makeIssue } from '@qingdan/core';
import { columnLetter, type GridRow, type SheetIssue } from '../read/grid.js';

/**
 * A merged range that spans columns: its top-left cell and how far it reaches (0-based columns,
 * 1-based rows, as the grid has them).
 *
 * @example
 * ```ts
 * const merge: WideMerge = { master: 'C3', column: 'C', row: 3, firstColumn: 2, lastColumn: 3, lastRow: 4 };
 * ```
 */
export interface WideMerge {
  readonly master: string;
  readonly column: string;
  readonly row: number;
  readonly lastColumn: number;
  readonly lastRow: number;
  readonly firstColumn: number;
}

const address = /^([A-Z]+)(\d+)$/;

/** The 0-based index of column letters: A → 0, AB → 27. */
function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * The merged ranges of a sheet's rows that span more than one column, by their top-left cell:
 * a value merged across columns is read into every column it covers, so each is reported.
 *
 * @example
 * ```ts
 * wideMerges([{ row: 5, cells: ['x', 'x'], merges: ['A5', 'A5'] }]).get('A5')?.lastColumn; // 1
 * ```
 */
export function wideMerges(rows: readonly GridRow[]): Map<string, WideMerge> {
  const spans = new Map<string, { first: number; last: number; lastRow: number }>();
  for (const r of rows)
    r.merges.forEach((master, c) => {
      if (master === undefined) return;
      const span = spans.get(master);
      if (span === undefined) spans.set(master, { first: c, last: c, lastRow: r.row });
      else {
        span.first = Math.min(span.first, c);
        span.last = Math.max(span.last, c);
        span.lastRow = Math.max(span.lastRow, r.row);
      }
    });
  const wide = new Map<string, WideMerge>();
  for (const [master, span] of spans) {
    const m = address.exec(master);
    if (!m || span.last === span.first) continue;
    wide.set(master, {
      master,
      column: m[1] as string,
      row: Number(m[2]),
      firstColumn: columnIndex(m[1] as string),
      lastColumn: span.last,
      lastRow: span.lastRow,
    });
  }
  return wide;
}

/**
 * The warning for a merged range read into several columns, at its top-left cell: which value
 * went to which other columns.
 *
 * @example
 * ```ts
 * mergeAcrossIssue(merge, '平安建设办公室', { file: 'a.xlsx', sheet: '基本履职事项' });
 * ```
 */
export function mergeAcrossIssue(
  merge: WideMerge,
  value: string,
  at: { readonly file: string; readonly sheet: string },
): SheetIssue {
  const last = `${columnLetter(merge.lastColumn)}${merge.lastRow}`;
  return {
    ...makeIssue('spreadsheet-merge-across-columns', 'warning', [], {
      range: `${merge.master}:${last}`,
      value,
      first: columnLetter(merge.firstColumn + 1),
      last: columnLetter(merge.lastColumn),
    }),
    ...at,
    row: merge.row,
    column: merge.column,
  };
}
