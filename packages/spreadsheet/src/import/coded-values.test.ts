import { powerCategoryScheme } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { conceptCode, reclaimReasonCodes } from './coded-values.js';

describe('conceptCode', () => {
  it('finds a label as written and in traditional characters', () => {
    const code = conceptCode(powerCategoryScheme, '行政处罚');
    expect(code).toBeDefined();
    expect(conceptCode(powerCategoryScheme, '行政處罰')).toBe(code);
  });

  it('finds nothing for a label no code list has', () => {
    expect(conceptCode(powerCategoryScheme, '不是权力类型')).toBeUndefined();
  });
});

describe('reclaimReasonCodes', () => {
  it('splits the cells into reasons found and parts kept as text', () => {
    const { codes, rest } = reclaimReasonCodes([
      { header: '收回原因', value: '专业性强、另有原因' },
    ]);
    expect(codes).toEqual(['highly-specialised']);
    expect(rest).toEqual(['另有原因']);
  });
});
