import { describe, expect, it } from 'vitest';
import { newFieldDraft } from './field-draft.js';
import { finishResources, isResourceField, readResourceField } from './resource-fields.js';

const cell = (value: string) => [{ header: '列', value }];

describe('readResourceField', () => {
  it('reads numbers, kinds and lists into the resources', () => {
    const draft = newFieldDraft();
    readResourceField(draft, 'staffHeadcount', cell('３'));
    readResourceField(draft, 'staffKind', cell('事业编制'));
    readResourceField(draft, 'fundingAmount', cell('12,000'));
    readResourceField(draft, 'equipment', cell('无人机\n \n对讲机'));
    finishResources(draft);
    expect(draft.duty.resources).toEqual({
      staff: { headcount: 3, kind: '事业编制' },
      funding: { amountPerYear: 12000 },
      equipment: ['无人机', '对讲机'],
    });
    expect(draft.findings).toEqual([]);
  });

  it('keeps a headcount that is not a whole number as text, with a warning', () => {
    const draft = newFieldDraft();
    readResourceField(draft, 'staffHeadcount', cell('2.5'));
    expect(draft.findings.map((f) => f.code)).toEqual(['spreadsheet-value-unknown']);
    expect(draft.extras).toEqual([{ header: '列', value: '2.5' }]);
  });
});

describe('finishResources', () => {
  it('keeps staff or funding without its number as extra columns, and no empty resources', () => {
    const draft = newFieldDraft();
    readResourceField(draft, 'staffKind', cell('事业编制'));
    readResourceField(draft, 'fundingSource', cell('县级财政'));
    finishResources(draft);
    expect(draft.duty.resources).toBeUndefined();
    expect(draft.extras).toEqual([
      { header: '编制类型', value: '事业编制' },
      { header: '经费来源', value: '县级财政' },
    ]);
  });
});

describe('isResourceField', () => {
  it('tells resource fields from the others', () => {
    expect(isResourceField('resourcesNote')).toBe(true);
    expect(isResourceField('name')).toBe(false);
  });
});
