import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStructured } from '../model/legal-basis.js';
import { legalBasesFromText } from './legal-basis-text.js';

describe('legalBasesFromText', () => {
  it('structures each citation of a cell and keeps the rest as text', () => {
    const bases = legalBasesFromText(
      '1、《消防法》第三十一条；2、国家和省有关规定；3、《防汛条例》第五条',
    );
    expect(bases.map((b) => (isStructured(b) ? b.instrument.title : b))).toEqual([
      '中华人民共和国消防法',
      { text: '国家和省有关规定' },
      '中华人民共和国防汛条例',
    ]);
    expect(bases[0] && isStructured(bases[0]) ? bases[0].citation : '').toBe(
      '《消防法》第三十一条',
    );
  });

  it('keeps text with no citation whole', () => {
    expect(legalBasesFromText('有关法律法规')).toEqual([{ text: '有关法律法规' }]);
  });

  it('drops no words: each is in a citation, its quote or a text basis; text bases parse to themselves', () => {
    const fragment = fc.constantFrom(
      '《消防法》第三十一条',
      '有关规定',
      '县委交办',
      '；',
      '、',
      '\n',
      '2、',
      '第五条',
      '《未完',
    );
    fc.assert(
      fc.property(
        fc.array(fragment, { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
        (text) => {
          const bases = legalBasesFromText(text);
          for (const b of bases)
            if (!isStructured(b)) {
              expect(text).toContain(b.text);
              expect(legalBasesFromText(b.text)).toEqual([b]);
            }
          const kept = bases
            .map((b) => (isStructured(b) ? `${b.citation ?? ''}${b.quote ?? ''}` : b.text))
            .join('');
          for (const word of ['有关规定', '县委交办'])
            expect(kept.split(word).length).toBe(text.split(word).length);
        },
      ),
    );
  });
});
