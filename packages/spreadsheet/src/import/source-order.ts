import type { Grid } from '../read/grid.js';
import type { RowReport } from './report.js';

/** Sorts the rows of an import into the order of the source, whichever way each was accounted for:
 * sheets as the workbook orders them, rows by number. */
export function inSourceOrder(rows: RowReport[], grids: readonly Grid[]): void {
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i] as const));
  rows.sort(
    (a, b) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row,
  );
}
