import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueMessages, parseDutyList } from '@qingdan/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDataBytes } from './read-data-bytes.js';
import { readListFile } from './read-list-file.js';

const yaml = (title: string) => `id: wuzu-2024
kind: township
title: ${title}
division: { code: "421127104", name: 五祖镇, level: township }
issuer: { name: 黄梅县人民政府 }
status: draft
`;

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, order: 'le' | 'be') => {
  const bytes = new Uint8Array(Buffer.from(text, 'utf16le'));
  if (order === 'be')
    for (let i = 0; i + 1 < bytes.length; i += 2)
      [bytes[i], bytes[i + 1]] = [bytes[i + 1] as number, bytes[i] as number];
  return bytes;
};

/** The Chinese of the list in GBK, which Chinese Windows programs still save by default. */
const gbkWords: Record<string, string> = {
  五祖镇履行职责事项清单: 'ce e5 d7 e6 d5 f2 c2 c4 d0 d0 d6 b0 d4 f0 ca c2 cf ee c7 e5 b5 a5',
  五祖镇: 'ce e5 d7 e6 d5 f2',
  黄梅县人民政府: 'bb c6 c3 b7 cf d8 c8 cb c3 f1 d5 fe b8 ae',
};
/** The list saved in GBK, as a county office's file often is. */
const gbkList = () =>
  new Uint8Array(
    yaml('五祖镇履行职责事项清单')
      .split(/(五祖镇履行职责事项清单|五祖镇|黄梅县人民政府)/)
      .flatMap((part) =>
        gbkWords[part]
          ? (gbkWords[part] as string).split(' ').map((h) => Number.parseInt(h, 16))
          : [...utf8(part)],
      ),
  );

const read = (bytes: Uint8Array, file = 'wuzu.yaml') =>
  readDataBytes(bytes, 'yaml', file, parseDutyList);

describe('the bytes of a list file', () => {
  it('are read as UTF-8, with or without a byte order mark, without a warning', () => {
    for (const bytes of [utf8(yaml('五祖镇清单')), utf8(`\ufeff${yaml('五祖镇清单')}`)]) {
      const result = read(bytes);
      expect(result.ok && result.value.title).toBe('五祖镇清单');
      expect(result.ok && result.warnings).toEqual([]);
    }
  });

  it('in GB18030/GBK are refused at the line and column of the first byte, never read as U+FFFD', () => {
    const result = read(gbkList());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        code: 'text-encoding-invalid',
        severity: 'error',
        file: 'wuzu.yaml',
        line: 3,
        column: 8,
        params: { encoding: 'utf-8', likely: 'gb18030', byte: 36, bytes: 'CE E5 D7 E6' },
      }),
    ]);
    const { zh, en } = issueMessages(result.issues[0] as never);
    expect(zh).toContain('看来是 GB18030/GBK 等中文编码，请另存为 UTF-8');
    expect(en).toContain('it looks like a Chinese encoding such as GB18030 or GBK');
  });

  it('in UTF-16 with a byte order mark are read, with a warning that says so', () => {
    for (const order of ['le', 'be'] as const) {
      const result = read(utf16(`\ufeff${yaml('五祖镇清单')}`, order));
      expect(result.ok && result.value.title).toBe('五祖镇清单');
      expect(result.ok && result.warnings).toEqual([
        expect.objectContaining({
          code: 'text-encoding-converted',
          severity: 'warning',
          params: { encoding: `utf-16${order}` },
        }),
      ]);
    }
  });

  it('in UTF-16 without a mark, UTF-32, or binary are refused and named', () => {
    const noMark = read(utf16(yaml('五祖镇清单'), 'le'));
    expect(!noMark.ok && noMark.issues[0]).toMatchObject({
      code: 'text-encoding-invalid',
      line: 1,
      column: 2,
      params: { likely: 'utf-16le', byte: 1 },
    });
    const utf32 = read(new Uint8Array([0xff, 0xfe, 0, 0, 0x69, 0, 0, 0]));
    expect(!utf32.ok && utf32.issues[0]?.params).toMatchObject({ encoding: 'utf-32le' });
    const binary = read(new Uint8Array([0x69, 0x64, 0x3a, 0x20, 0, 1, 2, 0, 0xff]));
    expect(!binary.ok && binary.issues[0]?.params).toMatchObject({ likely: 'binary' });
  });

  it('holding U+FFFD in valid UTF-8 are read, with a warning at the value', () => {
    const result = read(utf8(yaml('五祖镇\ufffd\ufffd清单')));
    expect(result.ok && result.warnings).toEqual([
      expect.objectContaining({
        code: 'text-replacement-character',
        severity: 'warning',
        path: ['title'],
        line: 3,
        column: 8,
      }),
    ]);
  });
});

describe('YAML the parser refuses with an exception of its own', () => {
  it('is an issue, not an exception out of the reader (an alias with no anchor)', () => {
    const result = read(utf8('id: *nowhere\n'));
    expect(!result.ok && result.issues[0]?.code).toBe('invalid-format');
  });
});

describe('a list file on disk', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qingdan-bytes-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('in GBK fails validation instead of passing with U+FFFD in its title', async () => {
    const file = join(dir, 'gbk.yaml');
    await writeFile(file, gbkList());
    const result = await readListFile(file);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'text-encoding-invalid',
      line: 3,
    });
  });
});
