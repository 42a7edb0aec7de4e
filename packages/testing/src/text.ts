import fc from 'fast-check';

const hanzi =
  '乡镇街道村社区事项清单基本配合收回赋权委托协助管理服务监督检查安全生产应急消防卫生健康教育文化旅游农业农村林业水利环境保护城乡建设规划土地征收补偿救助养老医疗保险就业党建组织宣传统战武装综治调解信访禁毒防汛抗旱森林防火食品药品市场网格人口普查统计档案民政残疾儿童妇女老年退役军人优抚烈士殡葬婚姻户籍证明鉴定危房燃气垃圾污水河湖长制饮用水源保护区地质灾害耕地高标准农田动物防疫畜禽养殖渔业船舶交通道路桥梁违法建设处罚强制征收给付确认奖励裁决条款项法律法规规章';

/** Realistic Chinese text: 2 to 24 characters from the vocabulary of duty lists. */
export function chineseText(minLength = 2, maxLength = 24): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...hanzi), { minLength, maxLength })
    .map((chars) => chars.join(''));
}

/**
 * Text as users may really type it, hostile characters included: quotes, backslashes, line
 * breaks, tabs, astral characters, lone combining marks. Never empty, never only spaces.
 */
export function anyText(): fc.Arbitrary<string> {
  return fc
    .oneof(
      { weight: 3, arbitrary: chineseText() },
      {
        weight: 1,
        arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
      },
      {
        weight: 1,
        arbitrary: fc
          .array(
            fc.constantFrom(
              '"',
              "'",
              '\\',
              '\n',
              '\r\n',
              '\t',
              '<',
              '>',
              '{',
              '}',
              '#',
              '%',
              '𠀀',
              '😀',
              '\u0301',
              '@',
              '^^',
              '<>',
            ),
            { minLength: 1, maxLength: 6 },
          )
          .chain((bits) => chineseText(1, 6).map((t) => t + bits.join('') + t)),
      },
    )
    .filter((s) => s.trim().length > 0);
}

/**
 * A key: letters and digits with `.`, `_`, `-`, starting with a letter or digit, sometimes Chinese.
 */
export function keyText(): fc.Arbitrary<string> {
  const head = fc.constantFrom(...'ABCDEFGHJKMNPQRSTXYZabcdefghjkmnpqrstxyz0123456789乡镇村');
  const tail = fc.array(fc.constantFrom(...'ABCDEFGHJKMNPQRSTXYZabcdxyz0123456789._-镇事'), {
    maxLength: 12,
  });
  return fc.tuple(head, tail).map(([h, t]) => h + t.join(''));
}

/** Text for a field of a given flavour. */
export type TextFlavour = 'realistic' | 'hostile';

/** Text of the flavour asked for. */
export function textOf(flavour: TextFlavour): fc.Arbitrary<string> {
  return flavour === 'realistic' ? chineseText() : anyText();
}
