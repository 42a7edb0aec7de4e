import type { GridRow } from '../read/grid.js';
import { numberForKey } from '../text/numbering.js';
import type { FieldName } from './fields.js';
import { scoreHeader } from './match-header.js';
import { singleText } from './row-kind.js';

/**
 * One item given as a form: the rows it takes, the first of which stands for the item in the
 * report, and the value of each label.
 *
 * @example
 * ```ts
 * const record: FormRecord = { rows: [0, 1], values: new Map([['职权名称', '对…的处罚'], ['编码', '1202']]) };
 * ```
 */
export interface FormRecord {
  /** Indexes into the sheet's rows, in order. */
  readonly rows: readonly number[];
  readonly values: ReadonlyMap<string, string>;
}

/**
 * A sheet of items given as forms rather than as a table: the title rows above the first form,
 * every label in the order first met, and the forms.
 *
 * @example
 * ```ts
 * const layout = formLayout(grid.rows);
 * layout?.labels; // ['职权名称', '编码', '类型', '法定依据', …]
 * ```
 */
export interface FormLayout {
  /** Index of the first row of the first form; the rows above are titles or blank. */
  readonly leadEnd: number;
  readonly labels: readonly string[];
  readonly records: readonly FormRecord[];
}

/** A row's cells with each merged range once, as a reader sees them. */
const logicalCells = (row: GridRow): string[] =>
  row.cells.filter((_, c) => row.merges[c] === undefined || row.merges[c] !== row.merges[c - 1]);

/** A label is a short line of words: not a number, not a sentence. */
const isLabel = (text: string): boolean =>
  text.length > 0 &&
  text.length <= 12 &&
  !text.includes('\n') &&
  numberForKey(text) === undefined &&
  !/[。；;,，]$/.test(text);

/** The label | value pairs of a row, or undefined when the row is not made of such pairs. */
function pairsOf(row: GridRow): [string, string][] | undefined {
  const cells = logicalCells(row);
  // Trailing empty cells are the table's width, not values; a last label may have no value.
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  if (cells.length % 2 !== 0) cells.push('');
  const pairs: [string, string][] = [];
  for (let i = 0; i < cells.length; i += 2) {
    const label = cells[i] ?? '';
    const value = cells[i + 1] ?? '';
    if (label === '' && value === '') continue;
    if (!isLabel(label)) return undefined;
    pairs.push([label, value]);
  }
  return pairs.length > 0 ? pairs : undefined;
}

const blank = (row: GridRow): boolean => row.cells.every((c) => c === '');

/**
 * Items given as forms, one field a row (`职权名称 | 对…的处罚`, `编码 | 120225…`), a row sometimes
 * holding two (`实施主体 | 市规划局 | 承办机构 | 规划监察室`), as the detail pages of 权责清单 systems
 * show one power: the labels are the headers. A label met again starts the next form. Read only
 * where every row below the titles is made of such pairs and the labels name the item and at
 * least two other fields, so a table is never taken for forms.
 *
 * @example
 * ```ts
 * formLayout([
 *   { row: 1, cells: ['职权名称', '对违法建设的处罚'], merges: [] },
 *   { row: 2, cells: ['类型', '行政处罚'], merges: [] },
 *   { row: 3, cells: ['法定依据', '《…条例》第三十七条'], merges: [] },
 * ])?.records.length; // 1
 * ```
 */
export function formLayout(
  rows: readonly GridRow[],
  extra?: ReadonlyMap<string, FieldName>,
): FormLayout | undefined {
  let leadEnd = 0;
  while (leadEnd < rows.length) {
    const row = rows[leadEnd] as GridRow;
    // Titles above the forms: one text, or anything short of a label with a value.
    const pairs = pairsOf(row);
    const starts =
      pairs?.some(([, value]) => value !== '') || (!pairs && singleText(row) === undefined);
    if (!blank(row) && starts) break;
    leadEnd++;
  }
  const labels: string[] = [];
  const records: { rows: number[]; values: Map<string, string> }[] = [];
  for (let i = leadEnd; i < rows.length; i++) {
    const row = rows[i] as GridRow;
    const current = records[records.length - 1];
    if (blank(row)) {
      current?.rows.push(i);
      continue;
    }
    const pairs = pairsOf(row);
    if (!pairs) return undefined;
    const [firstLabel] = pairs[0] as [string, string];
    const record =
      current && !current.values.has(firstLabel)
        ? current
        : { rows: [] as number[], values: new Map<string, string>() };
    if (record !== current) records.push(record);
    record.rows.push(i);
    for (const [label, value] of pairs) {
      if (!labels.includes(label)) labels.push(label);
      if (!record.values.has(label)) record.values.set(label, value);
    }
  }
  const fields = labels.map((l) => scoreHeader(l, extra)?.field);
  const named = fields.includes('name');
  const others = new Set(fields.filter((f) => f && f !== 'name')).size;
  if (records.length === 0 || !named || others < 2) return undefined;
  return { leadEnd, labels, records };
}
