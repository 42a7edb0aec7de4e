import { describe, expect, it } from 'vitest';
import { keepUnknownValue, newFieldDraft } from './field-draft.js';

describe('keepUnknownValue', () => {
  it('keeps the value as an extra column and warns, naming the column', () => {
    const draft = newFieldDraft();
    keepUnknownValue(draft, 'powerCategory', { header: '权力类型', value: '其他权力' }, '其他');
    expect(draft.extras).toEqual([{ header: '权力类型', value: '其他' }]);
    expect(draft.findings).toEqual([
      {
        field: 'powerCategory',
        code: 'spreadsheet-value-unknown',
        severity: 'warning',
        params: { column: '权力类型', value: '其他' },
      },
    ]);
    expect(draft.duty).toEqual({});
  });
});
