import { columnLetter, type GridRow } from '../read/grid.js';
import { normaliseText } from '../text/normalise.js';
import { extraHeaderMark } from './extra-header.js';
import type { FieldName } from './fields.js';
import { fieldOfHeader } from './match-header.js';

/** What one column of a sheet holds. */
export interface ColumnRole {
  readonly index: number;
  /** The header as published; two levels joined with `/`. */
  readonly header: string;
  /** The field, or undefined for a column kept as an extra column. */
  readonly field?: FieldName;
  /** Under a two-level 事项名称 header: the 项目 (parent item) or 子项 (sub-item) column. */
  readonly level?: 'item' | 'subItem';
}

/** Where a sheet's header is and what each column holds. */
export interface HeaderLayout {
  /** Index into the grid's rows of the first row after the header. */
  readonly bodyStart: number;
  /** Index into the grid's rows of the (first) header row. */
  readonly headerIndex: number;
  readonly columns: readonly ColumnRole[];
}

const scanRows = 30;
const itemWords = new Set(['项目', '主项', '大项']);
const subItemWords = new Set(['子项', '子项目', '小项']);

function score(
  row: GridRow,
  extra?: ReadonlyMap<string, FieldName>,
): { fields: number; name: boolean } {
  const fields = row.cells.map((c) => fieldOfHeader(c, extra));
  return { fields: new Set(fields.filter(Boolean)).size, name: fields.includes('name') };
}

function isSubHeader(header: GridRow, next: GridRow | undefined): boolean {
  if (!next) return false;
  return header.cells.some((_, c) => {
    const merge = header.merges[c];
    const spansColumns =
      merge !== undefined && (header.merges[c + 1] === merge || header.merges[c - 1] === merge);
    const below = next.cells[c] ?? '';
    return spansColumns && below !== '' && below !== header.cells[c];
  });
}

function role(
  index: number,
  top: string,
  sub: string,
  extra?: ReadonlyMap<string, FieldName>,
): ColumnRole {
  if (top.startsWith(extraHeaderMark) && sub === '')
    return { index, header: top.slice(extraHeaderMark.length) };
  const subWord = normaliseText(sub);
  if (sub === '' || sub === top) {
    const field = fieldOfHeader(top, extra);
    return field ? { index, header: top, field } : { index, header: top };
  }
  const header = `${top}/${sub}`;
  const topField = fieldOfHeader(top, extra);
  if (topField === 'name' && itemWords.has(subWord))
    return { index, header, field: 'name', level: 'item' };
  if (topField === 'name' && subItemWords.has(subWord))
    return { index, header, field: 'name', level: 'subItem' };
  const field = fieldOfHeader(header, extra) ?? fieldOfHeader(sub, extra) ?? topField;
  return field ? { index, header, field } : { index, header };
}

/**
 * Finds a sheet's header: the first row among the first thirty with the most known headers and
 * a name column (title rows above it are skipped), or the row a profile names. A header whose
 * cells are merged across columns with words below them (项目 / 子项) is read as two levels.
 *
 * @example
 * ```ts
 * const layout = findHeader(grid.rows);
 * layout?.columns.find((c) => c.field === 'name')?.index;
 * ```
 */
export function findHeader(
  rows: readonly GridRow[],
  extra?: ReadonlyMap<string, FieldName>,
  headerRow?: number,
): HeaderLayout | undefined {
  let best = -1;
  let bestScore = 0;
  if (headerRow !== undefined) best = rows.findIndex((r) => r.row === headerRow);
  else
    for (let i = 0; i < Math.min(rows.length, scanRows); i++) {
      const row = rows[i] as GridRow;
      const s = score(row, extra);
      if (s.name && s.fields > bestScore) {
        best = i;
        bestScore = s.fields;
      }
    }
  const header = rows[best];
  if (!header) return undefined;
  const next = rows[best + 1];
  const twoLevels = isSubHeader(header, next);
  const width = Math.max(header.cells.length, twoLevels ? (next?.cells.length ?? 0) : 0);
  const columns: ColumnRole[] = [];
  for (let c = 0; c < width; c++) {
    const top = header.cells[c] ?? '';
    const sub = twoLevels ? (next?.cells[c] ?? '') : '';
    // A column without a header still holds data: it is kept under its letter.
    if (top === '' && sub === '') {
      columns.push({ index: c, header: columnLetter(c) });
      continue;
    }
    columns.push(role(c, top, sub, extra));
  }
  return { headerIndex: best, bodyStart: best + (twoLevels ? 2 : 1), columns };
}
