import { describe, expect, it } from 'vitest';
import type { GridRow } from '../read/grid.js';
import { formLayout } from './form-records.js';

const row = (n: number, cells: string[], merges: (string | undefined)[] = []): GridRow => ({
  row: n,
  cells,
  merges,
});

describe('items given as forms', () => {
  it('reads label | value rows, two pairs to a row, a title above, a merged value once', () => {
    const layout = formLayout([
      row(1, ['行政处罚基本信息表', '行政处罚基本信息表'], ['A1', 'A1']),
      row(
        2,
        ['权力事项名称', '对未取得验线确认书擅自开工的处罚', '对未取得验线确认书擅自开工的处罚'],
        [undefined, 'B2', 'B2'],
      ),
      row(3, ['权力类别', '行政处罚', '']),
      row(4, ['实施主体', '市规划局', '承办机构', '规划监察室']),
      row(5, ['实施依据', '《山东省城乡规划条例》第七十五条']),
    ]);
    expect(layout?.leadEnd).toBe(1);
    expect(layout?.labels).toEqual([
      '权力事项名称',
      '权力类别',
      '实施主体',
      '承办机构',
      '实施依据',
    ]);
    expect(layout?.records.map((r) => r.rows)).toEqual([[1, 2, 3, 4]]);
    expect(layout?.records[0]?.values.get('承办机构')).toBe('规划监察室');
  });

  it('keeps blank rows and titles above the first form out of it', () => {
    const layout = formLayout([
      row(1, ['', '']),
      row(2, ['权力清单', '']),
      row(3, ['职权名称', '甲']),
      row(4, ['类型', '行政处罚']),
      row(5, ['法定依据', '《…条例》第三十七条']),
    ]);
    expect(layout?.leadEnd).toBe(2);
  });

  it('starts a new form where a label comes again', () => {
    const form = (n: number, name: string) => [
      row(n, ['职权名称', name]),
      row(n + 1, ['类型', '行政处罚']),
      row(n + 2, ['法定依据', '《…条例》第三十七条']),
    ];
    const layout = formLayout([...form(1, '甲'), row(4, ['', '']), ...form(5, '乙')]);
    expect(layout?.records.map((r) => [r.values.get('职权名称'), r.rows])).toEqual([
      ['甲', [0, 1, 2, 3]],
      ['乙', [4, 5, 6]],
    ]);
  });

  it('takes no table for forms', () => {
    expect(
      formLayout([
        row(1, ['1', '宣传宪法']),
        row(2, ['2', '组织村民自治']),
        row(3, ['3', '调解纠纷']),
      ]),
    ).toBeUndefined();
    expect(formLayout([row(1, ['职权名称', '甲']), row(2, ['备注', '乙'])])).toBeUndefined();
    expect(
      formLayout([
        row(1, ['职权名称', '甲']),
        row(2, ['类型', '行政处罚']),
        row(3, ['法定依据', '《…条例》']),
        row(4, ['对违法建设的处罚,依照前款规定。', '乙']),
      ]),
    ).toBeUndefined();
  });
});
