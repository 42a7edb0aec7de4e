import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { qingdan } from '../../test/qingdan.js';

const edition = (year: number) =>
  fileURLToPath(
    new URL(`../../../../examples/editions/huangmei-tingqian-${year}.yaml`, import.meta.url),
  );

describe('qingdan diff', () => {
  it('groups the changes between the two editions by section, in Chinese with English', async () => {
    const { code, stdout } = await qingdan('diff', edition(2024), edition(2025));
    expect(code).toBe(0);
    const basic = stdout.indexOf('基本履职事项 Basic duty');
    const reclaimed = stdout.indexOf('上级部门收回事项 Reclaimed duty\n');
    expect(basic).toBeGreaterThan(0);
    expect(reclaimed).toBeGreaterThan(basic);
    expect(stdout).toContain(
      '~ 修改表述 reworded  TQ-JB-04 义务教育控辍保学 → 组织和督促适龄儿童、少年入学，做好控辍保学',
    );
    expect(stdout).toContain('→ 《中华人民共和国消防法》第三十二条');
    expect(stdout).toContain('+ 新增 added      TQ-JB-09 指导农村集体经济组织建设和财务管理');
    expect(stdout.slice(reclaimed)).toContain('← 移入 moved in   TQ-JB-07 农村自建房安全隐患排查');
    expect(stdout).toContain('documentNumber: 梅编发〔2024〕12号 → 梅编发〔2025〕7号');
    expect(stdout).toContain('1 added, 0 removed, 1 moved, 1 reworded, 1 re-based');
  });

  it("warns when the editions are given in reverse order, or are two places' lists", async () => {
    const reversed = await qingdan('diff', edition(2025), edition(2024));
    expect(reversed.code).toBe(0);
    expect(reversed.stderr).toContain('warning diff-editions-reversed');
    expect(reversed.stderr).toContain('the order is qingdan diff <old> <new>');
    expect(reversed.stdout).toContain('2025年版 → 2024年版');
    const village = fileURLToPath(
      new URL('../../../../examples/lists/fenggang-dangwan-2024.yaml', import.meta.url),
    );
    const places = await qingdan('diff', edition(2024), village, '--json');
    expect(places.code).toBe(0);
    expect(JSON.parse(places.stdout).warnings).toEqual([
      expect.objectContaining({ code: 'diff-lists-of-different-divisions', severity: 'warning' }),
    ]);
    const inOrder = await qingdan('diff', edition(2024), edition(2025));
    expect(inOrder.stderr).toBe('');
  });

  it('gives machines the amendments as JSON', async () => {
    const { stdout } = await qingdan('diff', '--json', edition(2024), edition(2025));
    const report = JSON.parse(stdout);
    expect(report.old).toBe('huangmei-tingqian-2024');
    expect(report.amendments.map((a: { change: string }) => a.change).sort()).toEqual(
      ['added', 'edition', 'moved', 'rebased', 'reworded'].sort(),
    );
  });

  it('reports an edition that cannot be read, exit 1', async () => {
    const { code, stdout } = await qingdan('diff', edition(2024), 'no-such-edition.yaml');
    expect(code).toBe(1);
    expect(stdout).toContain('找不到 no-such-edition.yaml');
  });
});
