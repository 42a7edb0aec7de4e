import { describe, expect, it } from 'vitest';
import { explainRank, inferRank } from './infer-rank.js';

describe('inferRank', () => {
  it('records which rule decided and on what words', () => {
    expect(inferRank({ title: '传染病防治法' })).toEqual({
      rank: 'law',
      rule: 'known-instrument',
      evidence: '中华人民共和国传染病防治法',
    });
    expect(inferRank({ title: '某某管理办法', documentNumber: '2014年津政令第11号' })).toEqual({
      rank: 'local-government-rule',
      rule: 'document-number',
      evidence: '津政令',
    });
    expect(inferRank({ title: '湖北省农村公路条例' })?.rank).toBe('local-regulation');
    expect(inferRank({ title: '城乡某某管理条例' })?.rank).toBe('administrative-regulation');
    expect(inferRank({ title: '五祖镇“三定”规定' })?.rule).toBe('three-determinations');
    expect(inferRank({ title: '黄梅县村级组织工作事务准入办法' })?.rank).toBe('normative-document');
    expect(inferRank({ title: '关于加强基层治理的意见' })?.rank).toBe('policy-document');
    expect(inferRank({ title: '某某' })).toBeUndefined();
  });

  it('explains itself in Chinese and English', () => {
    const why = explainRank({ rank: 'law', rule: 'title-suffix', evidence: '…法' });
    expect(why.zh).toBe('效力层级为法律：名称以“法”结尾，只有国家法律如此');
    expect(why.en).toBe('rank Law: the title ends in 法, which only national laws do');
    const place = explainRank({
      rank: 'local-regulation',
      rule: 'title-suffix',
      evidence: 'province…条例',
    });
    expect(place.en).toBe(
      'rank Local regulation: the title begins with a province and ends in 条例',
    );
  });
});
