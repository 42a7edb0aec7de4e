import { type DutyList, findConcept, listStatusScheme, makeIssue } from '@qingdan/core';
import { type InfoField, infoFields } from '../layout/info-fields.js';
import type { Grid, SheetIssue } from '../read/grid.js';
import { normaliseText } from '../text/normalise.js';

const clean = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/** The level a division code has by its digits, for a division the hidden copy does not give. */
function levelOf(code: string): string | undefined {
  if (/^\d{12}$/.test(code)) return code.endsWith('000') ? 'township' : 'village';
  if (/^\d{9}$/.test(code)) return 'township';
  if (/^\d{2}0000$/.test(code)) return 'province';
  if (/^\d{4}00$/.test(code)) return 'city';
  return /^\d{6}$/.test(code) ? 'county' : undefined;
}

/** The value a visible cell gives a field, built on what the hidden copy had; or none. */
function shownValue(field: InfoField, text: string, kept: Partial<DutyList> | undefined): unknown {
  switch (field.field) {
    case 'status':
      return findConcept(listStatusScheme, text)?.code ?? text;
    case 'issuer':
      return { ...kept?.issuer, name: text };
    case 'division': {
      // Export writes 名称（代码）; a name alone keeps the code it had.
      const m = /^(.*?)\s*[（(]\s*(\d+)\s*[)）]$/s.exec(text);
      const name = m ? (m[1] as string) : text;
      const code = m ? (m[2] as string) : kept?.division?.code;
      if (code === undefined) return undefined;
      const level =
        code === kept?.division?.code
          ? kept.division.level
          : (levelOf(code) ?? kept?.division?.level);
      return level === undefined ? undefined : { ...kept?.division, name, code, level };
    }
    default:
      return text;
  }
}

/**
 * The list's own fields as the visible 清单信息 sheet shows them, for the import to lay over the
 * hidden copy export kept: people edit the sheet they see, so its values win. Each value that
 * differs from the hidden copy is reported with both values and the cell; an emptied cell
 * clears an optional field and keeps a required one. Without a hidden copy the sheet's values
 * are taken as they are.
 *
 * @example
 * ```ts
 * const { fields, issues } = listInfo(read.info, kept, '五祖镇.xlsx');
 * fields.title; // the title as edited on the sheet
 * ```
 */
export function listInfo(
  sheet: Grid,
  kept: Partial<DutyList> | undefined,
  file: string,
): { fields: Record<string, unknown>; issues: SheetIssue[] } {
  const cells = new Map<string, { value: string; row: number }>();
  for (const r of sheet.rows) {
    const label = normaliseText(r.cells[0] ?? '');
    if (!cells.has(label)) cells.set(label, { value: r.cells[1] ?? '', row: r.row });
  }
  const fields: Record<string, unknown> = {};
  const issues: SheetIssue[] = [];
  if (!infoFields.some((f) => cells.has(f.label))) return { fields, issues };
  for (const field of infoFields) {
    const cell = cells.get(field.label);
    const visible = clean(cell?.value ?? '');
    if (kept === undefined) {
      const value = visible === '' ? undefined : shownValue(field, visible, undefined);
      if (value !== undefined) fields[field.field] = value;
      continue;
    }
    const hidden = clean(field.render(kept) ?? '');
    if (visible === hidden) continue;
    const value = visible === '' ? undefined : shownValue(field, visible, kept);
    const keepHidden = value === undefined && field.required;
    if (!keepHidden) fields[field.field] = value;
    issues.push({
      ...makeIssue('spreadsheet-info-sheet-differs', 'warning', [field.field], {
        field: field.field,
        label: field.label,
        sheet: sheet.name,
        cell: cell ? `B${cell.row}` : '',
        visible,
        hidden,
        kept: keepHidden ? 'hidden' : 'visible',
      }),
      file,
      sheet: sheet.name,
      ...(cell ? { row: cell.row, column: 'B' } : {}),
    });
  }
  return { fields, issues };
}
