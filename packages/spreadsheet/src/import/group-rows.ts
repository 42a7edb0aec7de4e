import { isNoteRow, isUnitLine } from '../layout/row-kind.js';
import type { GridRow } from '../read/grid.js';
import { distinctTexts } from './distinct-texts.js';

/**
 * The rows of one duty: a row, the rows below it inside its merged name cell, and the rows below
 * it that have no name and no number of their own (a sub-row whose merged cells the source did
 * not keep), so that one power over several rows stays one duty.
 */
export function groupRows(
  rows: readonly GridRow[],
  nameIndex: number | undefined,
  numberIndex: number | undefined,
): GridRow[][] {
  const groups: GridRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    const head = last?.[0];
    if (last && head && nameIndex !== undefined && isSubRow(row, head, nameIndex, numberIndex))
      last.push(row);
    else groups.push([row]);
  }
  return groups;
}

function isSubRow(
  row: GridRow,
  head: GridRow,
  nameIndex: number,
  numberIndex: number | undefined,
): boolean {
  const merge = row.merges[nameIndex];
  if (merge !== undefined && merge === head.merges[nameIndex]) return true;
  if ((row.cells[nameIndex] ?? '') !== '') return false;
  // A row of one text is a heading or a note, not a part of the row above.
  if (distinctTexts(row.cells).length < 2 || isNoteRow(row) || isUnitLine(row)) return false;
  if (numberIndex === undefined) return true;
  const number = row.merges[numberIndex];
  return (
    (row.cells[numberIndex] ?? '') === '' ||
    (number !== undefined && number === head.merges[numberIndex])
  );
}
