import { cpuGrowth } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import { parseCitations } from './parse-citations.js';

/** Instrument key and provisions (`12 4.2 19..3`) of each citation. */
function structure(text: string): string[] {
  return parseCitations(text).citations.map(
    (c) =>
      `${c.key}|${c.basis.provisions
        .map((p) => [p.article, p.paragraph ?? '', p.item ?? ''].join('.').replace(/\.+$/, ''))
        .join(' ')}`,
  );
}

const codes = (text: string) => parseCitations(text).issues.map((i) => i.code);

describe('forms of legal-basis cells seen in published lists', () => {
  it.each([
    [
      '《中华人民共和国森林法》第二十条 森林资源属于国家所有。\n第二十一条 国家实行……',
      ['森林法|20 21'],
    ],
    ['《森林法》第25条 森林资源…… 。第26条 ……', ['森林法|25 26']],
    ['《森林法》第十五条第一款 ……；第十五条第二款 ……', ['森林法|15.1 15.2']],
    [
      '【法律】《中华人民共和国草原法》第五十条 草原防火……。【行政法规】《草原防火条例》第九条',
      ['草原法|50', '草原防火条例|9'],
    ],
    ['《森林法》第12、15、18条', ['森林法|12 15 18']],
    ['《森林法》第十四、十六、二十一条', ['森林法|14 16 21']],
    ['《森林法》第五至第八条、第十二至十四条', ['森林法|5 6 7 8 12 13 14']],
    ['《电子烟管理办法》第七条第二、三款', ['电子烟管理办法|7.2 7.3']],
    ['《养老机构管理办法》第三十八、三十九条', ['养老机构管理办法|38 39']],
    [
      '《道路运输车辆动态监督管理办法》（交通运输部、公安部令第3号）第二十条、第二十一条',
      ['道路运输车辆动态监督管理办法|20 21'],
    ],
    ['《意见》（农牧发〔2018〕5号。第三条', ['意见|3']],
    ['《中华人民共和国 安全生产法》第九条', ['安全生产法|9']],
    [
      '法律法规名称：湖北省安全生产条例 依据文号：湖北省人民代表大会常务委员会公告第100号 条款号：第一条',
      ['湖北省安全生产条例|1'],
    ],
    [
      '法律法规名称:《期刊出版管理规定》依据文号:(新闻出版总署令第31号)条款号:第四十六条条款内容:……',
      ['期刊出版管理规定|46'],
    ],
    ['《中华人民共和国渔业法》\n\n  第三十八条第一款:……', ['渔业法|38.1']],
    ['劳动法第89条 劳动合同法第80条', ['劳动法|89', '劳动合同法|80']],
    [
      '《〈卫星电视广播地面接收设施管理规定〉实施细则》第五条',
      ['卫星电视广播地面接收设施管理规定实施细则|5'],
    ],
    [
      '《医疗机构医疗保障定点管理暂行办法(****)》第四十七条第二款',
      ['医疗机构医疗保障定点管理暂行办法|47.2'],
    ],
    ['《中华人民共和国森林\n法》第三十七条、第三\n十八条、第七十三条', ['森林法|37 38 73']],
    ['《中华人民共和国种子法 第三十二、三十三、七十七条', ['种子法|32 33 77']],
    ['《中华人民共和国种子法》第八条、六十、七十九条、八十一', ['种子法|8 60 79 81']],
    [
      '《中华人民共和国畜牧法》(主席令第45号);第二十四条第二款:“其他种畜禽……。 《种畜禽管理条件》(国务院令第588号)第15条;生产经营种畜禽的单位和个人,必须……申报《种畜禽生产经营许可证》。',
      ['畜牧法|24.2', '种畜禽管理条件|15'],
    ],
    // a title ending in 证 that leads the cell is cited as an instrument; only one named inside
    // an article's text (申报《…许可证》 above) is taken as a certificate
    ['《乡证》\n《中华人民共和国传染病防治法》', ['乡证|', '传染病防治法|']],
    ['中华人民共和国文物保护法》第六十六条有下列行为之一……', ['文物保护法|66']],
    [
      '《中华人民共和国食品安全法实施条例》第五十七条:有下列情形之一的,依照食品安全法第八十七条的规定给予处罚:……;《中华人民共和国食品安全法》第八十七条',
      ['食品安全法实施条例|57', '食品安全法|87'],
    ],
    // 据 alone, as 根据 shortened: the word is no part of the citation and leaves nothing unread
    ['据《治安管理处罚法》第十二条', ['治安管理处罚法|12']],
    // an article written without its 第, right after a title
    ['《兽药管理条例》四十九条第一款、第六十七条', ['兽药管理条例|49.1 67']],
    ['《中华人民共和国公路法》76条', ['公路法|76']],
    // a smaller unit right after a larger one, without its 第
    ['《草原法》第八条二款', ['草原法|8.2']],
    ['《草原法》第八条二款三项', ['草原法|8.2.3']],
    // a bracket the cell never closes or never opened, between a title and its provisions
    ['《政府投资条例》(第二十七条;《森林法》第九条', ['政府投资条例|27', '森林法|9']],
    ['《政府投资条例》)第二十七条。', ['政府投资条例|27']],
    // the edition inside the marks, and a year before the note
    ['《军人抚恤优待条例(2024修订)》第六十二条', ['军人抚恤优待条例|62']],
    ['《军人抚恤优待条例》2011年(国务院、中央军委令第602号)第四十四条', ['军人抚恤优待条例|44']],
    ['《产业结构调整指导目录(2019年本)》', ['产业结构调整指导目录(2019年本)|']],
    // (1) … (2) numbering the cell's entries, not items
    ['(1)《森林法》第五十六条(2)《森林法实施条例》第三十二条', ['森林法|56', '森林法实施条例|32']],
    ['(1)《森林法》第五十五条、第六十条(2)', ['森林法|55 60']],
    ['《森林法》第五十五条(2)', ['森林法|55..2']],
    // a chapter's heading between the chapter and its article
    ['《伤残抚恤管理办法》第四章伤残抚恤关系转移“第十九条', ['伤残抚恤管理办法|19']],
  ])('%s', (text, want) => {
    expect(structure(text)).toEqual(want);
  });

  it('warns about a title mark that is never closed, at the mark, while reading the title', () => {
    const parsed = parseCitations('《中华人民共和国种子法 第三十二条');
    expect(parsed.issues).toEqual([
      expect.objectContaining({
        code: 'citation-title-unclosed',
        params: expect.objectContaining({ start: 0, end: 11 }),
      }),
    ]);
    // a line break inside a title only joins a short run that ends at the closing mark
    expect(structure('《森林法\n第三条 ……》')).toEqual([]);
    // a line break after a whole article is no broken number
    expect(structure('《森林法》第三条\n十八条')).toEqual(['森林法|3']);
  });

  it.each([
    [
      '《中华人民共和国种子法》\n第七十九条 违反本法第三十六条、第三十八条、第三十九条规定，有下列行为之一的……',
      ['种子法|79'],
    ],
    [
      '《浙江省水产种苗管理办法》第二十九条 违反本办法第六条第二款、第九条、第十六条规定的，责令改正。',
      ['浙江省水产种苗管理办法|29'],
    ],
    [
      '《气象设施和气象探测环境保护条例》根据2016年2月6日国务院第119次常务会议《国务院关于修改部分行政法规的决定》修订)第五条第二款 有关部门按照职责分工负责。、第二十二条各级气象主管机构应当……',
      ['气象设施和气象探测环境保护条例|5.2 22'],
    ],
    [
      '山西省人民政府关于禁止野外用火的决定，第5条、第8条',
      ['山西省人民政府关于禁止野外用火的决定|5 8'],
    ],
    [
      '《防雷装置设计审核和竣工验收规定》 保留依据 : 中华人民共和国国务院令第412号《国务院对确需保留的行政审批项目设定行政许可的决定》第378项',
      ['防雷装置设计审核和竣工验收规定|', '国务院对确需保留的行政审批项目设定行政许可的决定|'],
    ],
    [
      '处罚依据:《危险化学品安全管理条例》第七十八条第一款 有下列情形之一的，责令改正……;不予处罚依据《中华人民共和国行政处罚法》第三十三条第一款 违法行为轻微……',
      ['危险化学品安全管理条例|78.1', '行政处罚法|33.1'],
    ],
    [
      '【行政法规】《中华人民共和国母婴保健法实施办法\n》(中华人民共和国国务院令第308号)',
      ['母婴保健法实施办法|'],
    ],
  ])('%s', (text, want) => {
    expect(structure(text)).toEqual(want);
  });

  it('reads a document number written before the title, and an edition note that lost its (', () => {
    const numbered = parseCitations(
      '保留依据 : 国务院令第412号《国务院对确需保留的行政审批项目设定行政许可的决定》',
    );
    expect(numbered.citations[0]?.basis.instrument.documentNumber).toBe('国务院令第412号');
    expect(numbered.pieces[0]?.kind).toBe('separator');
    const note = parseCitations('《气象设施和气象探测环境保护条例》2016年2月6日修订)第五条');
    expect(note.citations[0]?.basis.instrument.edition).toBe('2016年2月6日修订');
    expect(note.citations[0]?.basis.provisions).toEqual([{ article: 5 }]);
  });

  it('keeps a reference inside the quoted sentence in the quote', () => {
    expect(structure('《消防法》第十六条 违反本法第十五条规定的，责令改正。')).toEqual([
      '消防法|16',
    ]);
  });

  it('warns where the text does not decide, at the text', () => {
    expect(codes('《安全生产法》第二-款第三项')).toEqual([
      'citation-provision-invalid',
      'citation-provision-invalid',
    ]);
    expect(codes('《湖北省安全生产条例》第十二条之一')).toContain('citation-provision-invalid');
    // 据 before a title is 根据 shortened, not a fragment left unread
    expect(codes('据《治安管理处罚法》第十二条')).toEqual([]);
    expect(codes('《安全生产法》第三章第二节')).toEqual([
      'citation-provision-invalid',
      'citation-provision-invalid',
    ]);
    // the cell above is not this cell's to read
    expect(codes('同上')).toEqual(['citation-unparsed']);
    expect(codes('依据同上')).toEqual(['citation-unparsed']);
    // a number with no 条 after a title: no provision, but not dropped silently
    expect(codes('《律师事务所管理办法》第65')).toEqual(['citation-provision-invalid']);
    expect(structure('《律师事务所管理办法》第65')).toEqual(['律师事务所管理办法|']);
    // a document number with no title names no instrument here
    expect(codes('国务院令第588号，第十二条第一款')).toEqual(['citation-unparsed']);
  });

  it('reads long runs of labels, tags and numbered articles in linear time', () => {
    for (const unit of ['法律法规名称:', '【法律】', '、第1条x', '。\n第12条 ab']) {
      const growth = cpuGrowth(
        (n) => parseCitations(`《安全生产法》第1条 x${unit.repeat(n)}`),
        2_000,
      );
      expect(growth, unit).toBeLessThan(40);
    }
  });
});
