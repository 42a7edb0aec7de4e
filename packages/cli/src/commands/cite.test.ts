import { describe, expect, it } from 'vitest';
import { qingdanWith } from '../../test/qingdan.js';

describe('qingdan cite', () => {
  it('prints the structured citation with its canonical form, rank and reasoning', async () => {
    const { code, stdout } = await qingdanWith(
      { stdin: '' },
      'cite',
      '《傳染病防治法》（2013年修正）第十二條第二款',
    );
    expect(code).toBe(0);
    expect(stdout).toContain('《中华人民共和国传染病防治法》(2013年修正)第十二条第二款');
    expect(stdout).toContain('法律 Law');
    expect(stdout).toContain('已知法规表');
    expect(stdout).toContain('1 citation(s), 0 unparsed');
  });

  it('reads standard input when the text is - and prints JSON', async () => {
    const { code, stdout } = await qingdanWith(
      {
        stdin: '1、《村庄和集镇规划建设管理条例》(1993年国务院令第116号)第三十七条；2、有关规定\n',
      },
      'cite',
      '-',
      '--json',
    );
    expect(code).toBe(1);
    const json = JSON.parse(stdout);
    expect(json.citations[0].basis.instrument).toMatchObject({
      title: '村庄和集镇规划建设管理条例',
      issuer: '国务院',
      rank: 'administrative-regulation',
    });
    expect(json.citations[0].basis.provisions).toEqual([{ article: 37 }]);
    expect(json.unparsed[0].text).toBe('有关规定');
    expect(json.issues[0].message.en).toContain('kept as text');
  });

  it('parses each line as a cell with --lines', async () => {
    const { code, stdout } = await qingdanWith(
      { stdin: '《消防法》第三十一条\n《安全生产法》第九条\n' },
      'cite',
      '--lines',
      '--json',
    );
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as { citations: { key: string }[] }[];
    expect(json.map((c) => c.citations[0]?.key)).toEqual(['消防法', '安全生产法']);
  });

  it('is a usage error when there is nothing to parse', async () => {
    const { code, stderr } = await qingdanWith({ stdin: '  \n' }, 'cite');
    expect(code).toBe(2);
    expect(stderr).toContain('no text to parse');
  });

  it('refuses standard input that is not UTF-8, saying where and what it likely is', async () => {
    // 《消防法》第三十一条 as GBK bytes: once read as U+FFFD, now an error at the first byte.
    const gbk = new Uint8Array([
      0xa1, 0xb6, 0xcf, 0xfb, 0xb7, 0xc0, 0xb7, 0xa8, 0xa1, 0xb7, 0xb5, 0xda, 0xc8, 0xfd, 0xca,
      0xae, 0xd2, 0xbb, 0xcc, 0xf5,
    ]);
    const { code, stdout, stderr } = await qingdanWith({ stdin: gbk }, 'cite');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('(stdin):1:1');
    expect(stderr).toContain('text-encoding-invalid');
    expect(stderr).toContain('GB18030');
    expect(stderr).not.toContain('\uFFFD');
  });

  it('reads UTF-16 with a byte order mark from standard input', async () => {
    const text = '《消防法》第三十一条';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const { code, stdout, stderr } = await qingdanWith({ stdin: utf16 }, 'cite', '--json');
    expect(code).toBe(0);
    expect(stderr).toContain('text-encoding-converted');
    expect(JSON.parse(stdout).citations[0].key).toBe('消防法');
  });
});
