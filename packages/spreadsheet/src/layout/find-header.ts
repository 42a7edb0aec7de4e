import { columnLetter, type GridRow } from '../read/grid.js';
import { normaliseText } from '../text/normalise.js';
import { numberForKey } from '../text/numbering.js';
import { extraHeaderMark } from './extra-header.js';
import { type FieldName, fieldColumns } from './fields.js';
import { type HeaderReason, scoreHeader } from './match-header.js';
import { type NameLevel, nameLevels } from './name-levels.js';
import { sectionOf } from './section-of.js';

/**
 * Why a column was taken as what it is: a header rule ({@link HeaderReason}), numbers down a
 * table without a header, the text beside them, a field another column claimed more surely, or
 * no rule at all (kept as an extra column).
 *
 * @example
 * ```ts
 * const reason: ColumnReason = 'taken-by-other';
 * ```
 */
export type ColumnReason =
  | HeaderReason
  | 'name-level'
  | 'numbers'
  | 'beside-number'
  | 'listed'
  | 'taken-by-other'
  | 'unknown'
  | 'other-section';

/** What one column of a sheet holds, and why. */
export interface ColumnRole {
  readonly index: number;
  /** The header as published; two levels joined with `/`. */
  readonly header: string;
  /** The field, or undefined for a column kept as an extra column. */
  readonly field?: FieldName;
  /**
   * A level of a name given over several columns: the 项目 or 主项 (item), the 子项 (sub-item),
   * the 业务办理项 (task), under a two-level 事项名称 header or side by side in one row.
   */
  readonly level?: NameLevel;
  readonly reason: ColumnReason;
  readonly score: number;
  /** For a column that lost its field to another: that column's letter. */
  readonly instead?: string;
}

/** Where a table's header is and what each column holds. */
export interface HeaderLayout {
  /** Index into the grid's rows of the first row after the header. */
  readonly bodyStart: number;
  /** Index into the grid's rows of the (first) header row; -1 for a table without one. */
  readonly headerIndex: number;
  readonly columns: readonly ColumnRole[];
}

const scanRows = 30;
const itemWords = new Set(['项目', '主项', '大项']);
const subItemWords = new Set(['子项', '子项目', '小项']);

/** How many distinct fields a row's cells claim, whether one is the name, and how many cells claim one. */
function claims(row: GridRow, extra?: ReadonlyMap<string, FieldName>) {
  const fields = row.cells.map((c) => scoreHeader(c, extra)?.field);
  const nonEmpty = new Set(row.cells.filter((c) => c !== '')).size;
  return {
    fields: new Set(fields.filter(Boolean)).size,
    name: fields.includes('name'),
    claimed: new Set(row.cells.filter((c, i) => c !== '' && fields[i])).size,
    nonEmpty,
  };
}

/**
 * Whether a row below a table's header starts another table: it names the item and at least one
 * other field, and most of its cells are headers (a body cell seldom ends in a role word).
 *
 * @example
 * ```ts
 * isHeaderRow({ row: 12, cells: ['序号', '行政处罚事项', '法律依据'], merges: [] }); // true
 * ```
 */
export function isHeaderRow(row: GridRow, extra?: ReadonlyMap<string, FieldName>): boolean {
  const c = claims(row, extra);
  return c.name && c.fields >= 3 && c.claimed * 2 >= c.nonEmpty;
}

/**
 * Whether the row below a header is the lower level of a two-level header: it has words under a
 * header cell merged across columns (项目 / 子项 under 职权名称), and nothing of its own under the
 * other columns, whose header cells are merged down over it. A data row right below a header
 * with one cell merged across two columns (部门职责 over two columns of duties) has values under
 * every column, so it stays a data row.
 */
function isSubHeader(header: GridRow, next: GridRow | undefined): boolean {
  if (!next) return false;
  const spans = (c: number): boolean => {
    const merge = header.merges[c];
    return (
      merge !== undefined && (header.merges[c + 1] === merge || header.merges[c - 1] === merge)
    );
  };
  const under = (c: number): string => next.cells[c] ?? '';
  const wordsUnderSpans = header.cells.some(
    (_, c) => spans(c) && under(c) !== '' && under(c) !== header.cells[c],
  );
  const ownValuesElsewhere = header.cells.some(
    (_, c) => !spans(c) && under(c) !== '' && under(c) !== header.cells[c],
  );
  return wordsUnderSpans && !ownValuesElsewhere;
}

function role(
  index: number,
  top: string,
  sub: string,
  extra?: ReadonlyMap<string, FieldName>,
): ColumnRole {
  const unknown = { reason: 'unknown', score: 0 } as const;
  if (top.startsWith(extraHeaderMark) && sub === '')
    return { index, header: top.slice(extraHeaderMark.length), ...unknown };
  const subWord = normaliseText(sub);
  if (sub === '' || sub === top) {
    const match = scoreHeader(top, extra);
    return match ? { index, header: top, ...match } : { index, header: top, ...unknown };
  }
  const header = `${top}/${sub}`;
  const topMatch = scoreHeader(top, extra);
  if (topMatch?.field === 'name' && itemWords.has(subWord))
    return { index, header, ...topMatch, level: 'item' };
  if (topMatch?.field === 'name' && subItemWords.has(subWord))
    return { index, header, ...topMatch, level: 'subItem' };
  const match = scoreHeader(header, extra) ?? scoreHeader(sub, extra) ?? topMatch;
  return match ? { index, header, ...match } : { index, header, ...unknown };
}

/**
 * One column per field: where several claim a field, the surest claim keeps it and the others
 * are kept as extra columns, saying which column took it. Between equal claims to the name, the
 * column right of the number column wins (the item is written beside its number); between other
 * equal claims, the column headed as export heads the field (承办机构 over 实施主体); else the
 * leftmost. The 项目 / 子项 columns of a two-level name share it.
 *
 * @example
 * ```ts
 * const roles = settleColumns([{ index: 1, header: '任务名称', field: 'name', score: 60, reason: 'role-suffix' }, …]);
 * ```
 */
export function settleColumns(columns: readonly ColumnRole[]): ColumnRole[] {
  const numberIndex = columns.find((c) => c.field === 'number')?.index;
  // Between equal claims, the header export writes for the field is the field itself: 承办机构
  // (the office that does the work) over 实施主体 (the body in whose name it is done).
  const canonical = (c: ColumnRole) =>
    normaliseText(c.header) ===
    normaliseText(fieldColumns.find((f) => f.field === c.field)?.header ?? '');
  const rank = (c: ColumnRole) =>
    c.score * 1000 +
    (c.field === 'name' && c.index === (numberIndex ?? -2) + 1 ? 500 : 0) +
    (canonical(c) ? 100 : 0) -
    c.index;
  const winner = new Map<FieldName, ColumnRole>();
  for (const c of columns) {
    if (!c.field || c.level) continue;
    const best = winner.get(c.field);
    if (!best || rank(c) > rank(best)) winner.set(c.field, c);
  }
  return columns.map((c) => {
    if (!c.field || c.level) return c;
    const best = winner.get(c.field) as ColumnRole;
    if (best === c) return c;
    const { field: _f, ...rest } = c;
    return { ...rest, reason: 'taken-by-other', instead: columnLetter(best.index) };
  });
}

/**
 * The layout of a table whose header is the row at `index` (with the row below it when the
 * header is two levels deep).
 *
 * @example
 * ```ts
 * const layout = layoutAt(grid.rows, 3);
 * ```
 */
export function layoutAt(
  rows: readonly GridRow[],
  index: number,
  extra?: ReadonlyMap<string, FieldName>,
): HeaderLayout {
  const header = rows[index] as GridRow;
  const next = rows[index + 1];
  const twoLevels = isSubHeader(header, next);
  const width = Math.max(header.cells.length, twoLevels ? (next?.cells.length ?? 0) : 0);
  const columns: ColumnRole[] = [];
  for (let c = 0; c < width; c++) {
    const top = header.cells[c] ?? '';
    const sub = twoLevels ? (next?.cells[c] ?? '') : '';
    // A column without a header still holds data: it is kept under its letter.
    if (top === '' && sub === '')
      columns.push({ index: c, header: columnLetter(c), reason: 'unknown', score: 0 });
    else columns.push(role(c, top, sub, extra));
  }
  return {
    headerIndex: index,
    bodyStart: index + (twoLevels ? 2 : 1),
    columns: settleColumns(nameLevels(columns)),
  };
}

/**
 * A table without a header row: a column of numbers (`1`, `2、`, `（三）`) down most rows, and the
 * text beside it taken as the item. Undefined when no column is numbered so.
 *
 * @example
 * ```ts
 * headerless([{ row: 2, cells: ['1', '宣传宪法、法律、法规和国家政策。'], merges: [] }, …]);
 * ```
 */
export function headerless(rows: readonly GridRow[]): HeaderLayout | undefined {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  for (let c = 0; c + 1 < width; c++) {
    const numbered = rows.filter((r) => {
      const cell = r.cells[c] ?? '';
      const beside = r.cells[c + 1] ?? '';
      return (
        numberForKey(cell) !== undefined && beside !== '' && numberForKey(beside) === undefined
      );
    });
    const filled = rows.filter((r) => r.cells.filter((x) => x !== '').length >= 2);
    if (numbered.length >= 3 && numbered.length * 2 >= filled.length) {
      const bodyStart = rows.indexOf(numbered[0] as GridRow);
      const columns: ColumnRole[] = Array.from({ length: width }, (_, i) =>
        i === c
          ? { index: i, header: '', field: 'number', reason: 'numbers', score: 0 }
          : i === c + 1
            ? { index: i, header: '', field: 'name', reason: 'beside-number', score: 0 }
            : { index: i, header: columnLetter(i), reason: 'unknown', score: 0 },
      );
      return { headerIndex: -1, bodyStart, columns };
    }
  }
  return undefined;
}

const listIntro = /(清单|目录)|[:：]$/;
const longestItem = 40;

/**
 * A list without a header or numbers, as pages print one: a line naming it (`…证明事项清单》,
 * 以下20种证明…:`), then one short text a row down one column, each an item (`亲属关系证明`).
 * Every row of the sheet is one text; the items are short and hold no sentence (no 。 or ；), so
 * paragraphs of prose are never read as items, and are neither numbered nor parts of a list
 * (`一、基本履职事项`), so a table of contents is not either. Undefined when the sheet is not such
 * a list.
 *
 * @example
 * ```ts
 * unnumberedList([{ row: 1, cells: ['不应由村出具的证明:'], merges: [] }, …]);
 * ```
 */
export function unnumberedList(rows: readonly GridRow[]): HeaderLayout | undefined {
  const filled = rows.filter((r) => r.cells.some((c) => c !== ''));
  const texts = filled.map((r) => [...new Set(r.cells.filter((c) => c !== ''))]);
  if (texts.some((t) => t.length !== 1)) return undefined;
  const intro = texts.findIndex((t, i) => i < 3 && listIntro.test(normaliseText(t[0] ?? '')));
  if (intro < 0) return undefined;
  const items = filled.slice(intro + 1);
  const column = items[0]?.cells.findIndex((c) => c !== '') ?? -1;
  const short = (r: GridRow) => {
    const cells = r.cells.filter((c) => c !== '');
    const text = normaliseText(cells[0] ?? '');
    return (
      cells.length === 1 &&
      r.cells[column] !== '' &&
      text.length <= longestItem &&
      !/[。；;]/.test(text) &&
      // A line numbered or naming a part (`一、基本履职事项`) makes a table of contents, not items.
      !/^[(]?[一二三四五六七八九十\d]+[)、.]/.test(text) &&
      sectionOf(text) === undefined
    );
  };
  if (items.length < 3 || column < 0 || !items.every(short)) return undefined;
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const columns: ColumnRole[] = Array.from({ length: width }, (_, i) =>
    i === column
      ? { index: i, header: '', field: 'name', reason: 'listed', score: 0 }
      : { index: i, header: columnLetter(i), reason: 'unknown', score: 0 },
  );
  return { headerIndex: -1, bodyStart: rows.indexOf(items[0] as GridRow), columns };
}

/**
 * Finds a sheet's (first) header: the row among the first thirty with the most known headers and
 * a name column (title rows above it are skipped), or an earlier row that reads as a header too
 * (the first of tables stacked in the sheet), or the row a profile names; failing that, a
 * numbered table without a header ({@link headerless}), or a list of one text a row
 * ({@link unnumberedList}). A header whose cells are merged across
 * columns with words below them (项目 / 子项) is read as two levels.
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
      const s = claims(rows[i] as GridRow, extra);
      // The lower row of a two-level header repeats the merged cells above it: it is not a header.
      if (i > best && best >= 0 && best === i - 1 && isSubHeader(rows[best] as GridRow, rows[i]))
        continue;
      if (s.name && s.fields >= 2 && s.fields > bestScore) {
        best = i;
        bestScore = s.fields;
      }
    }
  // Parts stacked in one sheet (基本履职事项 over 配合履职事项) each have a header, the first often
  // narrower than a later one: the sheet's tables start at the first, and the later ones are
  // found below it as further tables.
  if (headerRow === undefined && best > 0) {
    const first = rows.slice(0, best).findIndex((r) => isHeaderRow(r, extra));
    if (first >= 0 && !isSubHeader(rows[first] as GridRow, rows[first + 1])) best = first;
  }
  if (best >= 0 && rows[best]) return layoutAt(rows, best, extra);
  return headerRow === undefined ? (headerless(rows) ?? unnumberedList(rows)) : undefined;
}
