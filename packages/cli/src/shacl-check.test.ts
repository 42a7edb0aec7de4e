import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DutyList, formatDutyList } from '@qingdan/core';
import { readListFile } from '@qingdan/listfile';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../test/qingdan.js';

const wuzu = fileURLToPath(
  new URL('../../../examples/lists/huangmei-wuzu-2024.yaml', import.meta.url),
);

describe('qingdan validate --shacl', () => {
  it('passes a published example list: the shapes agree with the core', async () => {
    const { code, stdout } = await qingdan('validate', '--shacl', '--json', wuzu);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).valid).toBe(true);
  });

  it('reports the gaps of a draft as SHACL warnings, located in the list', async () => {
    const read = await readListFile(wuzu);
    if (!read.ok) throw new Error('the example is invalid');
    const index = read.value.duties.findIndex((d) => d.section === 'basic');
    const draft: DutyList = {
      ...read.value,
      status: 'draft',
      duties: read.value.duties.map((d, i) => (i === index ? { ...d, offices: [] } : d)),
    };
    const file = join(mkdtempSync(join(tmpdir(), 'qingdan-shacl-')), 'draft.json');
    writeFileSync(file, JSON.stringify(formatDutyList(draft)));
    const { code, stdout } = await qingdan('validate', '--shacl', '--json', file);
    expect(code).toBe(0);
    const issues = JSON.parse(stdout).files[0].issues;
    expect(issues).toContainEqual(
      expect.objectContaining({
        code: 'shacl-violation',
        severity: 'warning',
        invariant: 4,
        path: ['duties', index],
      }),
    );
  });
});
