import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findHazards } from '@qingdan/core';
import { attackText, minimalList } from '@qingdan/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qingdan } from '../../test/qingdan.js';

/** What of the output a terminal would act on: anything but the output's own line feeds. */
function raw(output: string): string[] {
  const found = findHazards(output)
    .filter((f) => f.hazard !== 'replacement')
    .map((f) => f.hazard);
  return [...found, ...(/[\t\r]/.test(output) ? ['tab or carriage return'] : [])];
}

const list = (patch: { title?: string; office?: string; name?: string; offices?: string[] }) => ({
  ...minimalList({
    ...(patch.title === undefined ? {} : { title: patch.title }),
    offices: [{ key: 'shsw', name: patch.office ?? '社会事务办公室' }],
  }),
  duties: [
    {
      section: 'basic',
      key: 'JB-01',
      name: patch.name ?? '传染病防控',
      offices: patch.offices ?? ['shsw'],
      legalBases: ['《中华人民共和国传染病防治法》第十二条'],
    },
  ],
});

let dir = '';
let n = 0;
async function file(content: unknown, name = `list-${n++}.json`): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, JSON.stringify(content));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'qingdan-terminal-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('user text on the terminal', () => {
  it('is escaped in the issues validate prints, so a list cannot retitle or clear it', async () => {
    const path = await file(
      list({ title: '清单\u001b]0;pwned\u0007', name: '事项\u001b[2J\u202e', offices: [] }),
    );
    const { code, stdout } = await qingdan('validate', path);
    expect(code).toBe(1);
    expect(raw(stdout)).toEqual([]);
    // The duty's name is quoted by the invariant's message, escaped.
    expect(stdout).toContain('事项\\u001b[2J\\u202e');
    expect(stdout).toContain('text-control-character');
  });

  it("is escaped in validate's ✓ line and in the stats tables", async () => {
    const path = await file(
      list({
        title: '五祖镇\t清单\u200b',
        office: '社会\u2060事务\r\n办公室',
        name: '传染病\n防控',
      }),
    );
    const validate = await qingdan('validate', path);
    expect(validate.code).toBe(0);
    expect(raw(validate.stdout)).toEqual([]);
    expect(validate.stdout).toContain('✓');
    expect(validate.stdout).toContain('五祖镇\\t清单\\u200b');
    const stats = await qingdan('stats', path);
    expect(raw(stats.stdout)).toEqual([]);
    expect(stats.stdout).toContain('社会\\u2060事务\\r\\n办公室');
  });

  it('is escaped in diff', async () => {
    const a = await file(list({ name: '传染病防控' }));
    const b = await file(list({ name: '传染病\t防控\u200b' }));
    const { stdout } = await qingdan('diff', a, b);
    expect(raw(stdout)).toEqual([]);
    expect(stdout).toContain('→ 传染病\\t防控\\u200b');
  });

  it('is escaped in cite, whose text comes from the command line or standard input', async () => {
    const { stdout } = await qingdan(
      'cite',
      '《中华人民共和国消防法》第三条\u001b[2J；\u001b]0;x\u0007',
    );
    expect(raw(stdout)).toEqual([]);
    expect(stdout).toContain('\\u001b[2J');
  });

  it('is escaped in the admission report', async () => {
    const example = (path: string) =>
      fileURLToPath(new URL(`../../../../examples/${path}`, import.meta.url));
    const text = await readFile(example('admission/medical-insurance-enrolment.yaml'), 'utf8');
    const request = join(dir, 'request.yaml');
    await writeFile(
      request,
      text.replace(/^title: .*$/m, 'title: "城乡居民医保\\t参保动员\\u200b"'),
    );
    const { stdout } = await qingdan(
      'admit',
      request,
      '--list',
      example('editions/huangmei-tingqian-2025.yaml'),
    );
    expect(raw(stdout)).toEqual([]);
    expect(stdout).toContain('城乡居民医保\\t参保动员\\u200b');
  });

  it('is escaped in the comparison of lists, where invalid lists are reported', async () => {
    const a = await file(list({ office: '社会事务\t办公室' }));
    const b = await file(list({ name: '事项\u001b[2J', offices: [] }), 'b\u001b[2J.json');
    const { stdout, stderr } = await qingdan('compare', a, b);
    expect(raw(stdout)).toEqual([]);
    expect(raw(stderr)).toEqual([]);
    expect(stderr).toContain('b\\u001b[2J.json');
  });

  it('is escaped in file names, which a folder of lists can hold', async () => {
    const path = await file({ id: 1 }, '清单\u001b[2J.json');
    const { stdout } = await qingdan('validate', path);
    expect(raw(stdout)).toEqual([]);
    expect(stdout).toContain('清单\\u001b[2J.json');
  });

  it('never reaches the terminal raw, whatever the text of a list', async () => {
    await fc.assert(
      fc.asyncProperty(attackText(), attackText(), async (title, name) => {
        const path = await file(list({ title, name, offices: [] }));
        for (const command of ['validate', 'stats']) {
          const { stdout, stderr } = await qingdan(command, path);
          expect(raw(stdout)).toEqual([]);
          expect(raw(stderr)).toEqual([]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
