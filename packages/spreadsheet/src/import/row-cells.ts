import type { FieldName } from '../layout/fields.js';
import type { ColumnRole } from '../layout/find-header.js';
import { type NameLevel, nameFromLevels } from '../layout/name-levels.js';
import { columnLetter, type GridRow } from '../read/grid.js';
import { distinctTexts } from './distinct-texts.js';
import type { FieldCell } from './field-draft.js';

/** The cells of one duty's rows, by what their columns hold. */
export interface RowCells {
  /** The cells of each field, in column order. */
  readonly byField: Map<FieldName, FieldCell[]>;
  /** The column letter of each field's first cell, to locate its issues. */
  readonly fieldColumn: Map<string, string>;
  /** Cells of columns no field claims, kept as extra columns. */
  readonly extras: { header: string; value: string }[];
  /** Each column's text as the source has it (before carrying down), to tell an unchanged row. */
  readonly columnValues: Map<number, string>;
}

/**
 * Reads the cells of a duty's rows column by column: the rows' texts of a column joined, a
 * carry-down field left empty taking the value above (`carried`, kept across rows), the levels of
 * a name over several columns joined into one name, their broader levels kept as extra columns.
 */
export function rowCells(
  group: readonly GridRow[],
  roleAt: ReadonlyMap<number, ColumnRole>,
  carryDown: readonly FieldName[] | undefined,
  carried: Map<FieldName, string>,
): RowCells {
  const byField = new Map<FieldName, FieldCell[]>();
  const fieldColumn = new Map<string, string>();
  const extras: { header: string; value: string }[] = [];
  const levels = new Map<NameLevel, FieldCell>();
  const width = Math.max(...group.map((r) => r.cells.length));
  const columnValues = new Map<number, string>();
  for (let c = 0; c < width; c++) {
    const role: ColumnRole = roleAt.get(c) ?? {
      index: c,
      header: columnLetter(c),
      reason: 'unknown',
      score: 0,
    };
    let value = distinctTexts(group.map((r) => r.cells[c] ?? '')).join('\n');
    columnValues.set(c, value);
    if (role.field && value === '' && carryDown?.includes(role.field))
      value = carried.get(role.field) ?? '';
    if (role.field && value !== '') carried.set(role.field, value);
    if (value === '') continue;
    if (!role.field) {
      extras.push({ header: role.header, value });
      continue;
    }
    const cell = { header: role.header, value };
    if (role.level) levels.set(role.level, cell);
    else byField.set(role.field, [...(byField.get(role.field) ?? []), cell]);
    if (!fieldColumn.has(role.field)) fieldColumn.set(role.field, columnLetter(c));
  }
  const leveled = nameFromLevels(levels);
  if (leveled) {
    byField.set('name', [leveled.name]);
    extras.unshift(...leveled.broader);
  }
  return { byField, fieldColumn, extras, columnValues };
}
