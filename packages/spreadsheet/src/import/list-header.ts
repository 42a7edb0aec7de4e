import { makeIssue } from '@qingdan/core';
import type { SheetIssue } from '../read/grid.js';
import { keyFromText } from '../text/key.js';

/**
 * The list's own fields for an import: what export kept, overlaid by the profile's and the
 * caller's, with what is still missing filled in and reported, so the list is a valid draft the
 * user completes rather than a file silently claiming a division it does not know.
 *
 * @example
 * ```ts
 * const { header, issues } = listHeader([{ title: '五祖镇清单' }], 'wuzu.xlsx', undefined);
 * header.status; // 'draft'
 * ```
 */
export function listHeader(
  layers: readonly (Record<string, unknown> | undefined)[],
  file: string,
  title: string | undefined,
): { header: Record<string, unknown>; issues: SheetIssue[] } {
  const header: Record<string, unknown> = Object.assign({}, ...layers.filter(Boolean));
  // A layer clears a field by giving it as undefined (an emptied cell on 清单信息).
  for (const [field, value] of Object.entries(header))
    if (value === undefined) delete header[field];
  const issues: SheetIssue[] = [];
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const assume = (field: string, value: unknown, shown: string): void => {
    if (header[field] !== undefined) return;
    header[field] = value;
    issues.push({
      ...makeIssue('spreadsheet-list-field-assumed', 'warning', [field], { field, value: shown }),
      file,
    });
  };
  header.id ??= keyFromText(base) ?? 'list';
  header.title ??= title ?? base;
  assume('division', { code: '000000', name: '未知', level: 'county' }, '000000 未知');
  assume('issuer', { name: '未知' }, '未知');
  header.status ??= 'draft';
  return { header, issues };
}
