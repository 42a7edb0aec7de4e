import { describe, expect, it } from 'vitest';
import { documentNumberFacts, normaliseDocumentNumber } from './document-number.js';

describe('document numbers', () => {
  it('write the year in 〔〕 whatever the brackets', () => {
    for (const written of [
      '国办发[2019]12号',
      '国办发(2019)12号',
      '国办发【2019】12号',
      '国办发 〔2019〕 12号',
    ])
      expect(normaliseDocumentNumber(written)).toBe('国办发〔2019〕12号');
  });

  it('tell issuer and rank', () => {
    expect(documentNumberFacts('1993年国务院令第116号')).toEqual({
      issuer: '国务院',
      rank: 'administrative-regulation',
      evidence: '国务院令',
    });
    expect(documentNumberFacts('应急管理部令第2号')?.issuer).toBe('应急管理部');
    expect(documentNumberFacts('鄂政办发〔2020〕3号')?.issuer).toBe('湖北省人民政府办公厅');
    expect(documentNumberFacts('主席令第88号')?.rank).toBe('law');
    expect(documentNumberFacts('梅发〔2020〕5号')).toBeUndefined();
  });
});
