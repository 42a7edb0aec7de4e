import type { Issue } from '@qingdan/core';

/**
 * Where something is in a source file: the file, and where known the sheet, the row and the
 * column (1-based, as spreadsheet programs show them).
 *
 * @example
 * ```ts
 * const at: SourceLocation = { file: '五祖镇.xlsx', sheet: '基本履职事项', row: 12, column: 'D' };
 * ```
 */
export interface SourceLocation {
  readonly file: string;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
}

/**
 * An issue found while importing, with where it is in the source.
 *
 * @example
 * ```ts
 * const issue: SheetIssue = { ...makeIssue('spreadsheet-cell-required', 'error', [], { column: '事项名称' }), file: 'a.xlsx', sheet: 'Sheet1', row: 4, column: 'C' };
 * ```
 */
export type SheetIssue = Issue & SourceLocation;

/**
 * One row of a sheet as text, with the merge each cell belongs to.
 *
 * @example
 * ```ts
 * const row: GridRow = { row: 4, cells: ['2', '党的建设'], merges: [undefined, 'B3'] };
 * ```
 */
export interface GridRow {
  /** 1-based row number in the source. */
  readonly row: number;
  /** Cell texts, `''` for empty; merged cells carry their master's text. */
  readonly cells: readonly string[];
  /** For each cell inside a merged range, the address of the range's top-left cell. */
  readonly merges: readonly (string | undefined)[];
}

/**
 * A source row the reader could not split into cells (a CSV line with an unclosed quote …): its
 * text as written, and the issue that says why. The importer reports it as rejected.
 *
 * @example
 * ```ts
 * const unread: UnreadRow = { row: 7, text: '6,"防汛抗旱', issue };
 * ```
 */
export interface UnreadRow {
  readonly row: number;
  readonly text: string;
  readonly issue: SheetIssue;
}

/**
 * A sheet read into text: what the importer works on, whatever the file format.
 *
 * @example
 * ```ts
 * const grid: Grid = { name: 'Sheet1', rows: [{ row: 1, cells: ['序号', '事项名称'], merges: [] }], issues: [] };
 * ```
 */
export interface Grid {
  readonly name: string;
  readonly rows: readonly GridRow[];
  /** Cell-level findings made while reading (formulas without values …). */
  readonly issues: readonly SheetIssue[];
  /** Rows that could not be read into cells, so that they too are accounted for. */
  readonly unread?: readonly UnreadRow[];
}

/**
 * The spreadsheet column letters of a 0-based index: 0 → A, 27 → AB.
 *
 * @example
 * ```ts
 * columnLetter(27); // 'AB'
 * ```
 */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
