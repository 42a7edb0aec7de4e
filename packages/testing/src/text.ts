import { findHazards, isBlankText } from '@qingdan/core';
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
 * breaks, tabs, astral characters, lone combining marks. Valid text all the same: never blank,
 * and never a character the text checks refuse or warn of (controls, bidirectional controls,
 * zero-width characters, lone surrogates, U+FFFD) — for those, see {@link attackText}.
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
    .filter((s) => !isBlankText(s) && findHazards(s).length === 0);
}

/** Characters that attack whoever shows or matches text: each kind the text checks know. */
const attacks = [
  '\u001b]0;pwned\u0007', // retitles a terminal
  '\u001b[2J\u001b[H', // clears it
  '\u001b[31m',
  '\u009b2J', // the same in eight bits
  '\u0000',
  '\u0008',
  '\r',
  '\u007f',
  '\u202e', // right-to-left override
  '\u2066',
  '\u2069',
  '\u200b', // zero-width space
  '\u200d',
  '\u2060',
  '\ufeff',
  '\ud800', // lone surrogates
  '\udfff',
  '\ufffd',
  '\u3000',
  ' ',
];

/**
 * Text meant to break things: control and escape sequences, bidirectional overrides,
 * zero-width characters, lone surrogates, U+FFFD, blank text, and now and then a huge text,
 * mixed with ordinary Chinese. For fuzz tests of readers and of what prints user text; lists
 * made of it are not valid.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(attackText(), (t) => !escapeForTerminal(t).includes('\u001b')));
 * ```
 */
export function attackText(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...attacks) },
    { weight: 2, arbitrary: chineseText(1, 6) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  );
  return fc.oneof(
    { weight: 20, arbitrary: fc.array(piece, { maxLength: 8 }).map((p) => p.join('')) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom(...attacks), fc.integer({ min: 10_000, max: 300_000 }))
        .map(([a, n]) => `${'乡'.repeat(n)}${a}`),
    },
  );
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
