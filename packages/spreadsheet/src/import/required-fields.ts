import type { Duty } from '@qingdan/core';
import type { FieldDraft } from './field-draft.js';

/**
 * The delegation mode a sheet's wording implies (委托 entrusted, 赋权/下放 empowered), for a
 * delegated duty whose row has no 下放方式 cell: sources often say it only in a title.
 */
export function delegationModeHint(hint: string): 'entrusted' | 'empowered' | undefined {
  if (/委托/.test(hint)) return 'entrusted';
  if (/赋权|下放/.test(hint)) return 'empowered';
  return undefined;
}

/**
 * A delegated duty must say how it was delegated: from its cell, else from the sheet's wording,
 * else an error naming the 下放方式 column.
 */
export function requireDelegationMode(
  draft: FieldDraft,
  section: Duty['section'],
  hint: string,
): void {
  const { duty, findings } = draft;
  if (section === 'delegated' && duty.delegationMode === undefined) {
    const mode = delegationModeHint(hint);
    if (mode) duty.delegationMode = mode;
    else
      findings.push({
        field: 'delegationMode',
        code: 'spreadsheet-cell-required',
        severity: 'error',
        params: { column: '下放方式' },
      });
  }
}

/** Says a row has no name: without one there is no duty. */
export function requireName(draft: FieldDraft): void {
  if (draft.duty.name === undefined)
    draft.findings.push({
      field: 'name',
      code: 'spreadsheet-cell-required',
      severity: 'error',
      params: { column: '事项名称' },
    });
}
