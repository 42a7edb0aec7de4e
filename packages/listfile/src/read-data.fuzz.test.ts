import { readFile } from 'node:fs/promises';
import {
  parseAdmissionRequest,
  parseAmendments,
  parseCountyConfig,
  parseDutyList,
  type Result,
} from '@qingdan/core';
import { attackText, dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ListFileFormat } from './file-format.js';
import { readDataBytes } from './read-data-bytes.js';
import { listFileText } from './write-list.js';

/** Each property runs for a few seconds at most: a fuzz test bounded in time, not in runs. */
const budget = { interruptAfterTimeLimit: 4_000, numRuns: 100_000 } as const;

type Parse = (input: unknown) => Result<unknown>;
const parsers: readonly Parse[] = [
  parseDutyList,
  parseAdmissionRequest,
  parseCountyConfig,
  parseAmendments,
];
const formats: readonly ListFileFormat[] = ['yaml', 'json'];

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = new Uint8Array(Buffer.from(`\ufeff${text}`, 'utf16le'));
  if (order === 'be')
    for (let i = 0; i + 1 < bytes.length; i += 2)
      [bytes[i], bytes[i + 1]] = [bytes[i + 1] as number, bytes[i] as number];
  return bytes;
};

/** Bytes that break readers: GBK, stray continuation bytes, NUL, marks, attacking text. */
const badBytes = fc.oneof(
  fc.uint8Array({ minLength: 1, maxLength: 8 }),
  fc
    .constantFrom(
      [0xce, 0xe5, 0xd7, 0xe6],
      [0x80],
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0],
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xf4, 0x90, 0x80, 0x80],
    )
    .map((b) => new Uint8Array(b)),
  attackText().map(utf8),
);

/** The bytes with others put in at one place, or put over what was there. */
const spliced = (bytes: Uint8Array) =>
  fc
    .tuple(fc.nat({ max: bytes.length }), badBytes, fc.nat({ max: 8 }))
    .map(([at, insert, remove]) => {
      const out = new Uint8Array(bytes.length + insert.length);
      out.set(bytes.subarray(0, at));
      out.set(insert, at);
      out.set(bytes.subarray(Math.min(bytes.length, at + remove)), at + insert.length);
      return out.subarray(0, bytes.length + insert.length - Math.min(remove, bytes.length - at));
    });

/** Every string in a value, object keys included. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  return out;
}

const replacements = (texts: readonly string[]) =>
  texts.reduce((n, t) => n + (t.match(/\ufffd/g)?.length ?? 0), 0);

/** No exception escapes, and a value read never holds a U+FFFD the bytes did not. */
function readsHonestly(bytes: Uint8Array, format: ListFileFormat, parse: Parse): void {
  const result = readDataBytes(bytes, format, `fuzz.${format}`, parse);
  if (!result.ok) {
    expect(result.issues.length).toBeGreaterThan(0);
    return;
  }
  let source: string;
  try {
    source = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Only UTF-16 with its mark is read when the bytes are not UTF-8.
    expect(result.warnings.map((w) => w.code)).toContain('text-encoding-converted');
    return;
  }
  const found = replacements(strings(result.value));
  expect(found).toBeLessThanOrEqual(replacements([source]));
  if (found > 0) expect(result.warnings.map((w) => w.code)).toContain('text-replacement-character');
}

const example = async (path: string) =>
  new Uint8Array(await readFile(new URL(`../../../examples/${path}`, import.meta.url)));

describe('reading data files from bytes, fuzzed', () => {
  it('never throws on any bytes, for any reader and format', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 200 }),
        fc.constantFrom(...formats),
        (bytes, format) => {
          for (const parse of parsers) readsHonestly(bytes, format, parse);
        },
      ),
      budget,
    );
  });

  it('reads back every list it writes, whole, in UTF-8 with or without a mark and in UTF-16', () => {
    fc.assert(
      fc.property(
        dutyListArbitrary({ maxDuties: 5 }),
        fc.constantFrom(...formats),
        fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be'),
        (list, format, encoding) => {
          const text = listFileText(list, format);
          const bytes =
            encoding === 'utf-8'
              ? utf8(text)
              : encoding === 'utf-8-bom'
                ? utf8(`\ufeff${text}`)
                : utf16(text, encoding === 'utf-16le' ? 'le' : 'be');
          const result = readDataBytes(bytes, format, `x.${format}`, parseDutyList);
          expect(result.ok && result.value).toEqual(list);
          const codes = result.ok ? result.warnings.map((w) => w.code) : [];
          expect(codes).toEqual(encoding.startsWith('utf-16') ? ['text-encoding-converted'] : []);
        },
      ),
      budget,
    );
  });

  it('never reads a list with bad bytes spliced in as U+FFFD, nor throws', () => {
    const file = fc
      .tuple(dutyListArbitrary({ maxDuties: 4 }), fc.constantFrom(...formats))
      .chain(([list, format]) =>
        fc.tuple(spliced(utf8(listFileText(list, format))), fc.constant(format)),
      );
    fc.assert(
      fc.property(file, ([bytes, format]) => readsHonestly(bytes, format, parseDutyList)),
      budget,
    );
  });

  it('never throws on a request, a county configuration or amendments with bad bytes in', async () => {
    const amendments = utf8(
      JSON.stringify([
        { change: 'removed', reason: 'law-amended', approvedBy: '黄梅县委编办', key: 'JB-01' },
        {
          change: 'reworded',
          reason: 'law-amended',
          approvedBy: '编办',
          key: 'JB-02',
          name: '防控',
        },
      ]),
    );
    const files: [Uint8Array, ListFileFormat, Parse][] = [
      [await example('admission/medical-insurance-enrolment.yaml'), 'yaml', parseAdmissionRequest],
      [await example('admission/huangmei-county.yaml'), 'yaml', parseCountyConfig],
      [amendments, 'json', parseAmendments],
    ];
    for (const [bytes, format, parse] of files) {
      expect(readDataBytes(bytes, format, 'x', parse).ok).toBe(true);
      fc.assert(
        fc.property(spliced(bytes), (broken) => readsHonestly(broken, format, parse)),
        { ...budget, interruptAfterTimeLimit: 2_000 },
      );
    }
  });

  // Deeper than this, the yaml package overflows the stack (as YAMLParseError), and a second
  // such parse in the same process has been seen to abort Node (a fatal V8 out-of-memory in
  // the RegExp compiler) — in the YAML reading and in the locator, which parses JSON as YAML
  // too. That is for the YAML reader to bound; this test stays below it.
  it('never throws on structures nested deep, in either format', () => {
    const nested = fc
      .tuple(
        fc.integer({ min: 1, max: 150 }),
        fc.constantFrom(['[', ']'], ['{"a":', '}'], ['- ', ''], ['a:\n  ', '']),
      )
      .map(([n, [open, close]]) => utf8(`${open.repeat(n)}"\\u001b"${close.repeat(n)}`));
    fc.assert(
      fc.property(nested, fc.constantFrom(...formats), (bytes, format) =>
        readsHonestly(bytes, format, parseDutyList),
      ),
      budget,
    );
  });
});
