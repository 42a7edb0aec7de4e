import { describe, expect, it } from 'vitest';
import { newFieldDraft } from './field-draft.js';
import { delegationModeHint, requireDelegationMode, requireName } from './required-fields.js';

describe('delegationModeHint', () => {
  it('reads the mode from the sheet’s wording', () => {
    expect(delegationModeHint('委托乡镇实施的事项')).toBe('entrusted');
    expect(delegationModeHint('赋权乡镇事项清单')).toBe('empowered');
    expect(delegationModeHint('下放事项')).toBe('empowered');
    expect(delegationModeHint('基本履职事项')).toBeUndefined();
  });
});

describe('requireDelegationMode', () => {
  it('takes the mode from the wording when no cell gives it', () => {
    const draft = newFieldDraft();
    requireDelegationMode(draft, 'delegated', '委托事项');
    expect(draft.duty.delegationMode).toBe('entrusted');
    expect(draft.findings).toEqual([]);
  });

  it('is an error on a delegated duty with neither, and nothing on other sections', () => {
    const delegated = newFieldDraft();
    requireDelegationMode(delegated, 'delegated', '');
    expect(delegated.findings).toEqual([
      expect.objectContaining({ field: 'delegationMode', severity: 'error' }),
    ]);
    const basic = newFieldDraft();
    requireDelegationMode(basic, 'basic', '');
    expect(basic.findings).toEqual([]);
  });
});

describe('requireName', () => {
  it('is an error on a row without a name', () => {
    const draft = newFieldDraft();
    requireName(draft);
    expect(draft.findings[0]).toMatchObject({
      field: 'name',
      code: 'spreadsheet-cell-required',
      params: { column: '事项名称' },
    });
    const named = newFieldDraft();
    named.duty.name = '森林防火';
    requireName(named);
    expect(named.findings).toEqual([]);
  });
});
