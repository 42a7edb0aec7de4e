import type { LegalRank, Provision, StructuredLegalBasis } from '@qingdan/core';
import fc from 'fast-check';
import { type TextFlavour, textOf } from './text.js';

const instruments: readonly { title: string; shortTitle?: string; rank: LegalRank }[] = [
  { title: '中华人民共和国传染病防治法', shortTitle: '传染病防治法', rank: 'law' },
  { title: '中华人民共和国安全生产法', shortTitle: '安全生产法', rank: 'law' },
  { title: '中华人民共和国村民委员会组织法', shortTitle: '村民委员会组织法', rank: 'law' },
  { title: '中华人民共和国森林法', shortTitle: '森林法', rank: 'law' },
  { title: '中华人民共和国水污染防治法', shortTitle: '水污染防治法', rank: 'law' },
  { title: '中华人民共和国土地管理法', shortTitle: '土地管理法', rank: 'law' },
  { title: '公共场所卫生管理条例', rank: 'administrative-regulation' },
  { title: '生产安全事故应急条例', rank: 'administrative-regulation' },
  { title: '村庄和集镇规划建设管理条例', rank: 'administrative-regulation' },
  { title: '社会救助暂行办法', rank: 'administrative-regulation' },
  { title: '湖北省安全生产条例', rank: 'local-regulation' },
  { title: '广东省城乡生活垃圾管理条例', rank: 'local-regulation' },
  { title: '江苏省农村集体资产管理条例', rank: 'local-regulation' },
];

/** A provision: an article, sometimes with a paragraph and an item. */
export function provisionArbitrary(): fc.Arbitrary<Provision> {
  return fc.record(
    {
      article: fc.integer({ min: 1, max: 300 }),
      paragraph: fc.integer({ min: 1, max: 9 }),
      item: fc.integer({ min: 1, max: 12 }),
    },
    { requiredKeys: ['article'] },
  );
}

/**
 * A structured legal basis with a realistic instrument (or, for hostile text, an invented
 * title), zero to three provisions, and sometimes the citation text and a quote.
 */
export function structuredLegalBasisArbitrary(
  flavour: TextFlavour = 'realistic',
): fc.Arbitrary<StructuredLegalBasis> {
  const known = fc.constantFrom(...instruments).map((i) => ({ ...i }));
  const invented = fc.record(
    {
      title: textOf(flavour),
      rank: fc.constantFrom<LegalRank>('normative-document', 'policy-document'),
      edition: fc.constantFrom('2021年修正', '2016年施行'),
    },
    { requiredKeys: ['title'] },
  );
  return fc.record(
    {
      citation: textOf(flavour),
      instrument: fc.oneof({ weight: 4, arbitrary: known }, { weight: 1, arbitrary: invented }),
      provisions: fc.array(provisionArbitrary(), { maxLength: 3 }),
      quote: textOf(flavour),
    },
    { requiredKeys: ['instrument', 'provisions'] },
  );
}
