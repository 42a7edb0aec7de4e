import type { Section } from '@qingdan/core';
import { type FieldName, fieldColumns } from '../layout/fields.js';
import type { ColumnReason, ColumnRole } from '../layout/find-header.js';
import type { NameLevel } from '../layout/name-levels.js';
import { columnLetter } from '../read/grid.js';

/**
 * Where the section of a table's rows came from: a section column, the sheet's name, a heading
 * row, the profile, `--section`, the table's own title (a 权责清单 is a list of one body's own
 * powers; a 下放事项清单 is delegated), or its headers (a 赋权事项 column; a 处罚事项名称 column or a
 * 权力类型 column, which only a list of powers has).
 *
 * @example
 * ```ts
 * const from: SectionSource = 'title';
 * ```
 */
export type SectionSource =
  | 'column'
  | 'sheet'
  | 'heading'
  | 'profile'
  | 'option'
  | 'title'
  | 'header';

/**
 * How a column was understood: its letter and header, the field taken (none for an extra
 * column), why, how sure the rule was, and for a column that lost its field, which column has it.
 *
 * @example
 * ```ts
 * const c: ColumnReport = { column: 'C', header: '抽查事项', field: 'name', reason: 'role-suffix', score: 60 };
 * ```
 */
export interface ColumnReport {
  readonly column: string;
  readonly header: string;
  readonly field?: FieldName;
  readonly level?: NameLevel;
  readonly reason: ColumnReason;
  readonly score: number;
  readonly instead?: string;
}

/**
 * One table of a sheet as the import understood it, for the report: its header row, its columns,
 * and the section its rows were placed in, and why.
 *
 * @example
 * ```ts
 * const t: TableReport = { sheet: 'Sheet1', headerRow: 4, columns: [], section: 'basic', sectionFrom: 'title' };
 * ```
 */
export interface TableReport {
  readonly sheet: string;
  /** 1-based; absent for a table without a header row. */
  readonly headerRow?: number;
  /** Items given as forms: the columns are the forms' labels, lettered in the order first met. */
  readonly forms?: true;
  columns: readonly ColumnReport[];
  section?: Section;
  sectionFrom?: SectionSource;
}

/**
 * A column's role as the report shows it.
 *
 * @example
 * ```ts
 * columnReport({ index: 2, header: '抽查事项', field: 'name', reason: 'role-suffix', score: 60 }).column; // 'C'
 * ```
 */
export function columnReport(c: ColumnRole): ColumnReport {
  return {
    column: columnLetter(c.index),
    header: c.header,
    ...(c.field ? { field: c.field } : {}),
    ...(c.level ? { level: c.level } : {}),
    reason: c.reason,
    score: c.score,
    ...(c.instead ? { instead: c.instead } : {}),
  };
}

/**
 * The first section found, in the order the sources are given, and where it came from.
 *
 * @example
 * ```ts
 * placeSection([[undefined, 'column'], ['basic', 'title']]); // { section: 'basic', from: 'title' }
 * ```
 */
export function placeSection(
  sources: readonly (readonly [Section | undefined, SectionSource])[],
): { section: Section; from: SectionSource } | undefined {
  for (const [section, from] of sources) if (section) return { section, from };
  return undefined;
}

/**
 * What each reason means, in Chinese and English, for the report and the terminal summary.
 *
 * @example
 * ```ts
 * columnReasonText['role-suffix'].zh; // '表头以角色词结尾'
 * ```
 */
export const columnReasonText: Readonly<Record<ColumnReason, { zh: string; en: string }>> = {
  profile: { zh: '配置文件指定', en: 'named by the profile' },
  known: { zh: '已知表头', en: 'a known header' },
  'known-with-remark': { zh: '已知表头加附注', en: 'a known header with a remark' },
  'contains-known': { zh: '含已知表头', en: 'contains a known header' },
  'role-suffix': { zh: '表头以角色词结尾', en: 'the header ends in a role word' },
  'name-level': {
    zh: '事项名称的一级(主项、子项、业务办理项)',
    en: 'one level of the name (主项, 子项, 业务办理项)',
  },
  numbers: { zh: '无表头，该列为序号', en: 'no header; the column is numbered' },
  'beside-number': { zh: '无表头，序号列右侧的文字', en: 'no header; the text beside the numbers' },
  listed: {
    zh: '无表头、无序号，清单名称下每行一项',
    en: 'no header or numbers; one item a row under the line naming the list',
  },
  'taken-by-other': { zh: '另一列更符合该字段', en: 'another column fits the field better' },
  unknown: { zh: '未识别，保留为附加列', en: 'not recognised; kept as an extra column' },
  'other-section': {
    zh: '表头所指字段不属于此类别的事项，保留为附加列',
    en: "the header's field is not one of this section's duties; kept as an extra column",
  },
};

/**
 * The columns as a table of one section reads them: a column whose field belongs to other
 * sections' duties (a `发起部门` taken for the lead departments, in a list of a body's own powers)
 * is kept as an extra column, as its rows keep it.
 *
 * @example
 * ```ts
 * const [c] = columnsForSection([{ column: 'C', header: '发起部门', field: 'leadDepartments', reason: 'role-suffix', score: 60 }], 'basic');
 * c?.reason; // 'other-section'
 * ```
 */
export function columnsForSection(
  columns: readonly ColumnReport[],
  section: Section,
): ColumnReport[] {
  return columns.map((c) => {
    const sections = fieldColumns.find((f) => f.field === c.field)?.sections;
    if (!c.field || !sections || sections.includes(section)) return c;
    return { column: c.column, header: c.header, reason: 'other-section', score: c.score };
  });
}

/**
 * Where a section came from, in Chinese and English.
 *
 * @example
 * ```ts
 * sectionSourceText.title.en; // 'the title names the kind of list'
 * ```
 */
export const sectionSourceText: Readonly<Record<SectionSource, { zh: string; en: string }>> = {
  column: { zh: '类别列', en: 'a section column' },
  sheet: { zh: '工作表名', en: 'the sheet name' },
  heading: { zh: '分组标题行', en: 'a heading row' },
  profile: { zh: '配置文件', en: 'the profile' },
  option: { zh: '--section 选项', en: 'the --section option' },
  title: { zh: '标题所示的清单种类', en: 'the title names the kind of list' },
  header: { zh: '表头所示的清单种类', en: 'the headers name the kind of list' },
};
