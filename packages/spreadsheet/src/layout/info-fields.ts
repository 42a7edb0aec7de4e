import type { DutyList } from '@qingdan/core';

/**
 * A list field shown on the 清单信息 sheet: its label there, and how export writes it.
 *
 * @example
 * ```ts
 * const title: InfoField = { label: '清单名称', field: 'title', required: true, render: (l) => l.title };
 * ```
 */
export interface InfoField {
  readonly label: string;
  readonly field:
    | 'title'
    | 'division'
    | 'issuer'
    | 'issued'
    | 'documentNumber'
    | 'edition'
    | 'status';
  /** A list cannot be without it: an emptied cell keeps the value it had. */
  readonly required: boolean;
  readonly render: (list: Partial<DutyList>) => string | undefined;
}

/**
 * The list fields of the 清单信息 sheet, in the order export writes them: one place for the
 * export that writes them and the import that reads edits back.
 *
 * @example
 * ```ts
 * infoFields.find((f) => f.label === '行政区划')?.render(list); // '五祖镇（421127104）'
 * ```
 */
export const infoFields: readonly InfoField[] = [
  { label: '清单名称', field: 'title', required: true, render: (l) => l.title },
  {
    label: '行政区划',
    field: 'division',
    required: true,
    render: (l) => (l.division ? `${l.division.name}（${l.division.code}）` : undefined),
  },
  { label: '发布机关', field: 'issuer', required: true, render: (l) => l.issuer?.name },
  { label: '发布日期', field: 'issued', required: false, render: (l) => l.issued },
  { label: '文号', field: 'documentNumber', required: false, render: (l) => l.documentNumber },
  { label: '版本', field: 'edition', required: false, render: (l) => l.edition },
  { label: '状态', field: 'status', required: true, render: (l) => l.status },
];

/**
 * The label of the count row: shown for people, derived from the duties, never read back.
 *
 * @example
 * ```ts
 * const row = [infoCountLabel, String(list.duties.length)];
 * ```
 */
export const infoCountLabel = '事项数';
