import type { Duty } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { renderLegalBases } from '../export/render-legal-basis.js';
import { legalBasesFromCells } from './legal-bases-cells.js';

const basis = {
  instrument: { title: '中华人民共和国消防法', rank: 'law' as const },
  provisions: [{ article: 6, paragraph: 2 }],
  note: '经核定',
};
const stored: Duty = {
  section: 'basic',
  key: 'A',
  name: '消防安全宣传',
  legalBases: [basis],
  offices: ['pajs'],
};

describe('legalBasesFromCells', () => {
  it('gives back the stored bases exactly when the cell is as export wrote it', () => {
    const cell = { header: '法律依据', value: renderLegalBases(stored.legalBases) };
    expect(legalBasesFromCells([cell], stored)).toEqual([basis]);
  });

  it('reads an edited cell as citation text, an article below its act keeping the act', () => {
    const bases = legalBasesFromCells(
      [
        { header: '法律依据', value: '《中华人民共和国消防法》' },
        { header: '法律依据', value: '第三十二条' },
      ],
      stored,
    );
    expect(bases).toMatchObject([
      { instrument: { title: '中华人民共和国消防法' }, provisions: [{ article: 32 }] },
    ]);
  });
});
