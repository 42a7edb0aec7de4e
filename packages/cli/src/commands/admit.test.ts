import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../../test/qingdan.js';

const example = (path: string) =>
  fileURLToPath(new URL(`../../../../examples/${path}`, import.meta.url));
const list = example('editions/huangmei-tingqian-2025.yaml');
const rules = example('admission/huangmei-county.yaml');

describe('qingdan admit', () => {
  it('admits the medical insurance request, exit 0, with every verdict and the amendment', async () => {
    const { code, stdout } = await qingdan(
      'admit',
      example('admission/medical-insurance-enrolment.yaml'),
      '--list',
      list,
      '--rules',
      rules,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('结论 Outcome: 准予准入 / admitted');
    expect(stdout).toContain('✓ resources-matched  passed  阻止 blocks [第8条规则 invariant 8]');
    expect(stdout).toContain('– hm-delegated-staff  not-applicable');
    expect(stdout).toContain('+ TQ-PH-05 城乡居民基本医疗保险参保动员和缴费服务 → 配合履职事项');
  });

  it('refuses the responsibility letter, exit 1, and says why in Chinese and English', async () => {
    const { code, stdout } = await qingdan(
      'admit',
      example('admission/forestry-responsibility-letter.yaml'),
      '--list',
      list,
    );
    expect(code).toBe(1);
    expect(stdout).toContain('✗ lawful-means  failed');
    expect(stdout).toContain('下派方式为「签订责任状」，应为「列入清单」');
    expect(stdout).toContain(
      'means: Responsibility letter (responsibility-letter); required: Entry on the list',
    );
    expect(stdout).toContain('结论 Outcome: 不予准入 / refused');
  });

  it('gives machines JSON', async () => {
    const { stdout } = await qingdan(
      'admit',
      '--json',
      example('admission/medical-insurance-enrolment.yaml'),
      '--list',
      list,
    );
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({
      request: 'ZR-2025-004',
      outcome: 'admitted',
      stage: 'admitted',
    });
    expect(report.verdicts.find((v: { rule: string }) => v.rule === 'lawful-means')).toMatchObject({
      verdict: 'passed',
      invariant: 8,
      reason: { zh: '下派方式为「列入清单」' },
    });
    expect(report.amendments.map((a: { change: string }) => a.change)).toEqual([
      'organisations',
      'added',
    ]);
  });

  it('locates a step out of order in the request file, exit 1', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qingdan-admit-'));
    const file = join(dir, 'request.yaml');
    await writeFile(
      file,
      `id: ZR-1
title: 测试
requestingDepartment: { key: lyj, name: 黄梅县林业局 }
duty: { section: cooperating, key: X-1, name: 巡林, leadDepartments: [lyj] }
targets: [{ code: '421127108', name: 停前镇 }]
means: list-entry
procedure:
  - { step: application, by: { name: 黄梅县林业局 }, on: '2025-05-06' }
  - { step: decision, by: { name: 县委常委会 }, on: '2025-05-07', outcome: admitted, collective: true }
`,
    );
    const { code, stdout } = await qingdan('admit', file, '--list', list);
    expect(code).toBe(1);
    expect(stdout).toContain('request.yaml:9:13 procedure[1].step');
    expect(stdout).toContain('在「申请」阶段不能进行「县委县政府集体研究确定」');
    expect(stdout).toContain('step decision cannot follow stage applied');
  });

  it('says which file is which when the request and the list are swapped, exit 1', async () => {
    const request = example('admission/medical-insurance-enrolment.yaml');
    const { code, stdout } = await qingdan('admit', list, '--list', request, '--rules', list);
    expect(code).toBe(1);
    expect(stdout.match(/error /gu)).toHaveLength(3);
    expect(stdout).toContain('这是清单文件，不是此处需要的准入申请文件');
    expect(stdout).toContain('this is an admission request, not a duty list as needed here');
    expect(stdout).toContain(
      'this is a duty list, not a county configuration of admission rules as needed here',
    );
  });

  it('needs --list: a usage error, exit 2', async () => {
    const { code } = await qingdan('admit', example('admission/medical-insurance-enrolment.yaml'));
    expect(code).toBe(2);
  });
});
