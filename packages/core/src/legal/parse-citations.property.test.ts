import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Provision, StructuredLegalBasis } from '../model/legal-basis.js';
import { readRealCells } from './corpus/real-cells.js';
import { formatCitation } from './format-citation.js';
import { instrumentKey } from './instrument-key.js';
import { resolveTitle } from './instrument-title.js';
import { knownInstruments } from './known-instruments.js';
import { normaliseCitationText } from './normalise.js';
import { formatNumeral } from './numerals.js';
import { parseCitations } from './parse-citations.js';
import { traditionalPairs } from './traditional.js';

/** Simplified to traditional, for the characters the normaliser knows. */
const toTraditional = new Map<string, string>();
for (const pair of traditionalPairs.split(' '))
  if (pair.length === 2 && !toTraditional.has(pair[1] as string))
    toTraditional.set(pair[1] as string, pair[0] as string);
const traditional = (s: string) => [...s].map((c) => toTraditional.get(c) ?? c).join('');
const fullWidth = (s: string) =>
  s.replace(/[0-9();,:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** What a generated citation must parse to. */
interface Spec {
  readonly title: string;
  readonly written: string;
  readonly bare: boolean;
  readonly edition?: string;
  readonly documentNumber?: { readonly written: string; readonly normalised: string };
  readonly provisions: readonly Provision[];
  readonly quote?: string;
}

const quoteChars = [
  ...'乡镇人民政府应当组织开展宣传教育工作加强监督管理负责本行政区域内防火救灾事项',
];
const topicChars = [...'农村公路集体资产生活垃圾饮用水源保护河湖养老服务殡葬管理村务公开'];
const places = ['湖北省', '江苏省', '黄冈市', '天津市', '广东省'];

const knownTitle = fc
  .constantFrom(...knownInstruments)
  .chain((k) =>
    fc
      .constantFrom(k.title, ...(k.shortTitle ? [k.shortTitle] : []), ...(k.aliases ?? []))
      .map((written) => ({ title: k.title, written })),
  );
const inventedTitle = fc
  .tuple(
    fc.constantFrom(...places),
    fc.array(fc.constantFrom(...topicChars), { minLength: 2, maxLength: 8 }),
    fc.constantFrom('条例', '管理办法', '实施细则', '规定'),
  )
  .map(([place, topic, suffix]) => {
    const title = place + topic.join('') + suffix;
    return { title, written: title };
  });

const year = fc.integer({ min: 1980, max: 2025 });
const edition = fc
  .tuple(year, fc.constantFrom('修正', '修订', '施行', '公布'))
  .map(([y, w]) => `${y}年${w}`);
const documentNumber = fc.oneof(
  fc
    .tuple(year, fc.integer({ min: 1, max: 800 }))
    .map(([y, n]) => ({ written: `${y}年国务院令第${n}号`, normalised: `${y}年国务院令第${n}号` })),
  fc
    .tuple(
      fc.constantFrom('国办发', '鄂政发', '津政办发'),
      year,
      fc.integer({ min: 1, max: 99 }),
      fc.constantFrom(['〔', '〕'], ['[', ']'], ['﹝', '﹞'], ['(', ')'], ['【', '】']),
    )
    .map(([p, y, n, [a, b]]) => ({
      written: `${p}${a}${y}${b}${n}号`,
      normalised: `${p}〔${y}〕${n}号`,
    })),
);
const provision = fc.record(
  {
    article: fc.integer({ min: 1, max: 1300 }),
    paragraph: fc.integer({ min: 1, max: 12 }),
    item: fc.integer({ min: 1, max: 15 }),
  },
  { requiredKeys: ['article'] },
);

const spec: fc.Arbitrary<Spec> = fc
  .record({
    t: fc.oneof({ weight: 3, arbitrary: knownTitle }, { weight: 1, arbitrary: inventedTitle }),
    bare: fc.boolean(),
    edition: fc.option(edition, { nil: undefined }),
    documentNumber: fc.option(documentNumber, { nil: undefined }),
    provisions: fc.array(provision, { maxLength: 4 }),
    quote: fc.option(
      fc
        .array(fc.constantFrom(...quoteChars), { minLength: 1, maxLength: 30 })
        .map((c) => c.join('')),
      { nil: undefined },
    ),
  })
  .map(({ t, bare, ...rest }) => ({
    title: t.title,
    written: t.written,
    // only titles the table knows may go without marks
    bare: bare && resolveTitle(t.written).known !== undefined,
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    provisions: rest.provisions,
  }));

/** How a county might write a spec: numerals, brackets, marks, joining words, script. */
const style = fc.record({
  arabic: fc.boolean(),
  spaces: fc.boolean(),
  marks: fc.constantFrom(['《', '》'], ['〈', '〉']),
  join: fc.constantFrom('、', '，', '和'),
  colonQuote: fc.boolean(),
  traditional: fc.boolean(),
  fullWidth: fc.boolean(),
});
type Style = typeof style extends fc.Arbitrary<infer S> ? S : never;

function writeProvision(p: Provision, s: Style): string {
  const n = (v: number) => (s.arabic ? String(v) : formatNumeral(v));
  const sp = s.spaces ? ' ' : '';
  let out = `第${sp}${n(p.article)}${sp}条`;
  if (p.paragraph !== undefined) out += `第${n(p.paragraph)}款`;
  if (p.item !== undefined) out += `第${n(p.item)}项`;
  return out;
}

function write(c: Spec, s: Style): string {
  let head = c.bare ? c.written : `${s.marks[0]}${c.written}${s.marks[1]}`;
  if (c.documentNumber) head += `(${c.documentNumber.written})`;
  if (c.edition) head += `(${c.edition})`;
  head += c.provisions.map((p) => writeProvision(p, s)).join(s.join);
  if (s.traditional) head = traditional(head);
  if (s.fullWidth) head = fullWidth(head);
  if (c.quote === undefined) return head;
  return s.colonQuote ? `${head}：“${c.quote}”` : `${head} ${c.quote}`;
}

const separators = fc.constantFrom('；', '\n', ';', '。\n', '；\r\n');
const numbering = fc.constantFrom(
  (i: number) => `${i + 1}、`,
  (i: number) => `${i + 1}.`,
  (i: number) => `(${formatNumeral(i + 1)})`,
  (i: number) => `（${formatNumeral(i + 1)}）`,
  (i: number) => String.fromCharCode(0x2460 + i),
  (_: number) => '',
);

const cell = fc
  .record({
    specs: fc.array(fc.tuple(spec, style), { minLength: 1, maxLength: 4 }),
    separator: separators,
    numbering,
  })
  .map(({ specs, separator, numbering: number }) => ({
    specs: specs.map(([c]) => c),
    text: specs.map(([c, s], i) => number(i) + write(c, s)).join(separator),
  }));

function withoutCitation(b: StructuredLegalBasis): Omit<StructuredLegalBasis, 'citation'> {
  const { citation: _, ...rest } = b;
  return rest;
}

describe('parseCitations, as a property', () => {
  it('reads every generated cell back: titles, notes, provisions and quotes', () => {
    fc.assert(
      fc.property(cell, ({ specs, text }) => {
        const { citations } = parseCitations(text);
        expect(citations.map((c) => c.basis.instrument.title)).toEqual(specs.map((c) => c.title));
        specs.forEach((c, i) => {
          const basis = citations[i]?.basis;
          expect(basis?.provisions).toEqual(c.provisions);
          expect(basis?.instrument.edition).toBe(c.edition);
          expect(basis?.instrument.documentNumber).toBe(c.documentNumber?.normalised);
          expect(basis?.quote).toBe(c.quote);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives back the same value from the canonical rendering', () => {
    fc.assert(
      fc.property(cell, ({ text }) => {
        for (const c of parseCitations(text).citations) {
          const again = parseCitations(formatCitation(c.basis));
          expect(again.citations).toHaveLength(1);
          expect(again.issues.filter((i) => i.code !== 'citation-rank-unknown')).toEqual([]);
          const basis = again.citations[0]?.basis;
          expect(basis && withoutCitation(basis)).toEqual(withoutCitation(c.basis));
          expect(again.citations[0]?.key).toBe(c.key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes no article from a list of references inside the quoted sentence', () => {
    const numeral = fc.oneof(
      fc.integer({ min: 1, max: 300 }).map((n) => formatNumeral(n)),
      fc.integer({ min: 1, max: 300 }).map(String),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.array(numeral, { minLength: 1, maxLength: 6 }),
        fc.constantFrom('本法', '本条例', '本办法', '依照本法'),
        (article, refs, word) => {
          const list = refs.map((r) => `第${r}条`).join('、');
          const text = `《中华人民共和国消防法》第${formatNumeral(article)}条 违反${word}${list}规定的，责令改正。`;
          const [only, ...rest] = parseCitations(text).citations;
          expect(rest).toEqual([]);
          expect(only?.basis.provisions).toEqual([{ article }]);
        },
      ),
    );
  });

  it('drops nothing: the pieces cover any text, in order, and spans nest', () => {
    const fragment = fc.constantFrom(
      '《',
      '》',
      '第',
      '条',
      '款',
      '项',
      '十',
      '二',
      '3',
      '、',
      '；',
      '\n',
      '(',
      ')',
      '（',
      '）',
      '及其实施条例',
      '等法律法规',
      '规定',
      '消防法',
      '条例',
      '“',
      '”',
      ' ',
      '①',
      '1、',
      '和',
      '至',
      '〔2019〕',
      '號',
      '條',
    );
    const text = fc
      .array(fc.oneof(fragment, fc.string({ maxLength: 3 })), { maxLength: 30 })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const { pieces } = parseCitations(t);
        let at = 0;
        for (const p of pieces) {
          expect(p.span[0]).toBe(at);
          expect(p.span[1]).toBeGreaterThan(p.span[0]);
          if (p.kind === 'citation') {
            expect(p.citationSpan[0]).toBeGreaterThanOrEqual(p.span[0]);
            expect(p.citationSpan[1]).toBeLessThanOrEqual(p.span[1]);
            if (p.quoteSpan) {
              expect(p.quoteSpan[0]).toBeGreaterThanOrEqual(p.citationSpan[1]);
              expect(p.quoteSpan[1]).toBeLessThanOrEqual(p.span[1]);
            }
          } else expect(p.text).toBe(t.slice(p.span[0], p.span[1]));
          at = p.span[1];
        }
        expect(at).toBe(t.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseCitations, the cases the properties found', () => {
  it('drops no space between a title and its 及其实施条例', () => {
    for (const t of ['款条例 及其实施条例', '《消防法》  及其实施细则']) {
      const spans = parseCitations(t).pieces.map((p) => p.span);
      expect(spans.map(([start]) => start)).toEqual([0, ...spans.slice(0, -1).map(([, e]) => e)]);
      expect(spans.at(-1)?.[1]).toBe(t.length);
    }
  });
});

describe('instrumentKey, as a property', () => {
  it('is the same for the full title, the short title, aliases, any script, width or marks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...knownInstruments),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom(['', ''], ['《', '》'], ['〈', '〉'], [' 《', '》 ']),
        (k, trad, wide, [a, b]) => {
          const key = instrumentKey({ title: k.title });
          for (const name of [k.title, k.shortTitle, ...(k.aliases ?? [])]) {
            if (name === undefined) continue;
            let written = `${a}${name}${b}`;
            if (trad) written = traditional(written);
            if (wide) written = fullWidth(written);
            expect(instrumentKey({ title: written })).toBe(key);
          }
        },
      ),
    );
  });

  it('tells different known instruments apart', () => {
    const keys = new Set(knownInstruments.map((k) => instrumentKey(k)));
    expect(keys.size).toBe(new Set(knownInstruments.map((k) => k.title)).size);
  });
});

describe('normaliseCitationText, as a property', () => {
  it('keeps the length of any text, so spans carry over', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (t) => {
        expect(normaliseCitationText(t)).toHaveLength(t.length);
      }),
    );
  });

  // What a title, a note or a number tells is remembered across calls, and forgotten when the
  // memory fills: what a cell parses to must not depend on what was parsed before it.
  it('parses each real cell the same, whatever was parsed before it', () => {
    const cells = readRealCells().map((c) => c.text);
    const first = cells.map((c) => parseCitations(c));
    for (let i = 0; i < 3000; i++)
      parseCitations(
        `《某某${i}管理办法》(${1990 + (i % 30)}年某某部令第${i}号)第${(i % 90) + 1}条；《消防法》(${i}年修正)第五条`,
      );
    expect([...cells].reverse().map((c) => parseCitations(c))).toEqual(first.reverse());
  });
});
