import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRealCells } from './corpus/real-cells.js';
import { describeInstrument } from './describe-instrument.js';
import { documentNumberFacts } from './document-number.js';
import { inferRank } from './infer-rank.js';
import { resolveTitle } from './instrument-title.js';
import { knownInstruments } from './known-instruments.js';

const titles = [
  ...new Set([
    ...readRealCells().flatMap((c) => c.citations.map((x) => x.title)),
    ...knownInstruments.map((k) => k.title),
    '中国共产党纪律处分条例',
    '党政领导干部选拔任用工作条例',
    '关于加强基层治理的意见',
    '五祖镇“三定”规定',
    '湖北省安全生产条例',
    '黄冈市农村公路管理办法',
    '某某管理办法',
    '某某管理规定',
    '关于禁止野外用火的决定',
    '某某工作要点',
  ]),
];
const numbers = [
  '',
  '1993年国务院令第116号',
  '2014年津政令第11号',
  '主席令第45号',
  '国办发〔2019〕12号',
  '中办发〔2018〕3号',
  '鄂政发〔2020〕5号',
  '湖北省人民政府令第400号',
  '湖北省人民代表大会常务委员会公告第100号',
  '全国人民代表大会常务委员会公告第3号',
  '交通运输部、公安部令第3号',
  '应急管理部令第2号',
  '农牧发〔2018〕5号',
  '第5号',
];

describe('describeInstrument', () => {
  // It remembers what a title tells and what a number tells apart; the rank must still be what
  // inferRank gives for the two together, whichever rule decides.
  it('ranks a title and a document number as inferRank does, and names the issuer the number shows', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...titles),
        fc.option(fc.constantFrom(...numbers), { nil: undefined }),
        (written, documentNumber) => {
          const { title } = resolveTitle(written);
          const described = describeInstrument(written, documentNumber, '');
          const expected = inferRank(
            documentNumber === undefined ? { title } : { title, documentNumber },
          );
          expect(described.reasoning).toEqual(expected);
          expect(described.instrument.rank).toBe(expected?.rank);
          expect(described.instrument.issuer).toBe(
            documentNumber === undefined ? undefined : documentNumberFacts(documentNumber)?.issuer,
          );
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('gives the same for a title and number however many others came between', () => {
    const first = titles.map((t) => describeInstrument(t, '1993年国务院令第116号', ''));
    // more titles and numbers than it remembers, so that it forgets and starts again
    for (let i = 0; i < 3000; i++)
      describeInstrument(`某某${i}管理办法`, `2003年某某部令第${i}号`, '');
    expect(titles.map((t) => describeInstrument(t, '1993年国务院令第116号', ''))).toEqual(first);
  });
});
