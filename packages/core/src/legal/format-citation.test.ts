import { describe, expect, it } from 'vitest';
import { formatCitation, formatProvision } from './format-citation.js';

describe('formatCitation', () => {
  it('renders the canonical form the issue gives', () => {
    expect(
      formatCitation({
        instrument: { title: '中华人民共和国传染病防治法', edition: '2013年修正' },
        provisions: [{ article: 12, paragraph: 2 }],
      }),
    ).toBe('《中华人民共和国传染病防治法》(2013年修正)第十二条第二款');
  });

  it('writes document number before edition, every provision in full, and the quote last', () => {
    expect(
      formatCitation({
        instrument: {
          title: '危险化学品安全管理条例',
          documentNumber: '2002年国务院令第344号',
          edition: '2013年修订',
        },
        provisions: [{ article: 6 }, { article: 4, item: 5 }],
        quote: '安全生产工作应当坚持“管行业必须管安全”',
      }),
    ).toBe(
      '《危险化学品安全管理条例》(2002年国务院令第344号)(2013年修订)第六条、第四条第五项：“安全生产工作应当坚持“管行业必须管安全””',
    );
    expect(formatProvision({ article: 4, paragraph: 2, item: 5 })).toBe('第四条第二款第五项');
  });
});
