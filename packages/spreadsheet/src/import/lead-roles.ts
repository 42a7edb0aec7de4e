import { isUnitLine, pageRecordLine, singleText } from '../layout/row-kind.js';
import { sectionOf } from '../layout/section-of.js';
import type { GridRow } from '../read/grid.js';
import { normaliseText } from '../text/normalise.js';

/**
 * What a row above a table's header is.
 *
 * @example
 * ```ts
 * const lead: LeadRow = { row, role: 'unit', text: '单位:(公章)' };
 * ```
 */
export interface LeadRow {
  readonly row: GridRow;
  readonly role: 'title' | 'unit' | 'heading' | 'note' | 'blank';
  readonly text: string;
}

const numbered = (text: string): boolean =>
  /^[(（]?[一二三四五六七八九十]+[)）、.．]/.test(normaliseText(text));

/** A heading names its part with a Chinese numeral (`一、…`) or names a section (`主责事项`). */
const headingLike = (text: string): boolean => numbered(text) || sectionOf(text) !== undefined;

/**
 * A numbered line naming a part of the list (`三、上级部门收回事项（36项）`) is a heading even where it
 * is the first text above a header, as it is over the second and later parts stacked in a sheet.
 */
const partHeading = (text: string): boolean => numbered(text) && sectionOf(text) !== undefined;

/**
 * The rows above a table's header: blank rows, unit lines (`单位：（公章）`), the lines of the record
 * a page shows above a document (`索引号: | … | 文号: |`, notes, whose 标题 gives the title), the
 * title (the first text, and any later text that is not a heading), and headings (`一、下列违法行为
 * …`, `主责事项指导目录`, and wherever it stands a numbered part of the list, `二、配合履职事项`),
 * which place the rows below them as a heading row inside the table does.
 *
 * @example
 * ```ts
 * leadRoles(grid.rows.slice(0, 3)).map((r) => r.role); // ['title', 'unit', 'heading']
 * ```
 */
export function leadRoles(rows: readonly GridRow[]): LeadRow[] {
  let titled = false;
  return rows.map((row) => {
    const text = [...new Set(row.cells.filter((c) => c !== ''))].join(' | ');
    if (text === '') return { row, role: 'blank', text };
    if (isUnitLine(row)) return { row, role: 'unit', text };
    const record = pageRecordLine(row);
    if (record?.title) {
      titled = true;
      return { row, role: 'title', text: record.title };
    }
    if (record) return { row, role: 'note', text };
    const single = singleText(row);
    if (single !== undefined && (titled ? headingLike(single) : partHeading(single)))
      return { row, role: 'heading', text };
    titled = true;
    return { row, role: 'title', text };
  });
}
