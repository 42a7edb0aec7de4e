import fc from 'fast-check';
import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import type { GridRow } from '../read/grid.js';
import {
  type ColumnRole,
  findHeader,
  headerless,
  isHeaderRow,
  settleColumns,
  unnumberedList,
} from './find-header.js';
import { sectionOfKind } from './list-kind.js';
import { scoreHeader } from './match-header.js';
import { isNoteRow, isUnitLine, pageRecordLine } from './row-kind.js';
import { splitTables } from './split-tables.js';

const row = (n: number, cells: string[], merges: (string | undefined)[] = []): GridRow => ({
  row: n,
  cells,
  merges,
});

describe('scoreHeader', () => {
  it.each([
    ['抽查事项', 'name', 'role-suffix'],
    ['行政处罚事项', 'name', 'role-suffix'],
    ['违法行为(列举)', 'name', 'known-with-remark'],
    ['检查依据', 'legalBases', 'role-suffix'],
    ['设定依据', 'legalBases', 'known'],
    ['抽查主体', 'offices', 'role-suffix'],
    ['责任处(科)室', 'offices', 'role-suffix'],
    ['抽查领域', 'domain', 'role-suffix'],
    ['抽查内容', 'description', 'role-suffix'],
    ['法 律 依 據', 'legalBases', 'known'],
  ])('%s is %s (%s)', (header, field, reason) =>
    expect(scoreHeader(header)).toMatchObject({ field, reason }),
  );

  it('takes no sentence for a header, whatever known words it contains', () => {
    expect(
      scoreHeader('7.责令当事人改正或限期改正违法行为,当事人逾期不履行行政处罚决定的;'),
    ).toBeUndefined();
    expect(
      scoreHeader('对农村居民未经批准或者违反规划的规定建住宅的违法行为的处罚'),
    ).toBeUndefined();
    expect(scoreHeader('适用条件(同时符合下列条件)')).toBeUndefined();
    expect(scoreHeader('赋权事项的执法依据')).toMatchObject({ field: 'legalBases' });
  });

  it('gives those who only cooperate no field, and the lead level under bodies the lead', () => {
    for (const h of ['配合部门', '配合单位', '配合科室', '县级部门/配合', '承办机构/配合'])
      expect(scoreHeader(h)).toBeUndefined();
    expect(scoreHeader('县级部门/牵头')).toMatchObject({ field: 'leadDepartments' });
    expect(scoreHeader('责任单位/主责单位')).toMatchObject({ field: 'leadDepartments' });
    expect(scoreHeader('承办机构/牵头')).toMatchObject({ field: 'offices' });
    expect(scoreHeader('乡镇配合职责')).toMatchObject({ field: 'townshipDuty' });
  });

  it('takes a header ending in 部门 for departments: who takes back, who delegated, else the lead', () => {
    expect(scoreHeader('对应上级部门')).toEqual({
      field: 'leadDepartments',
      score: 60,
      reason: 'role-suffix',
    });
    expect(scoreHeader('责任部门')?.field).toBe('leadDepartments');
    expect(scoreHeader('承接的县级部门')?.field).toBe('receivingDepartments');
    expect(scoreHeader('收回后承接县级部门')?.field).toBe('receivingDepartments');
    expect(scoreHeader('原赋权部门')?.field).toBe('delegatingDepartments');
    // Those who only join in, and a department under a header of duties, claim nothing.
    for (const h of ['联合部门', '协同部门', '协助部门', '职责边界划分/县级部门'])
      expect(scoreHeader(h)).toBeUndefined();
  });

  it('never takes a body for the name: 部门名称 names who, not what', () => {
    expect(scoreHeader('部门名称')).toBeUndefined();
  });

  it('weakens a claim whose modifier names another role', () => {
    expect(scoreHeader('责任事项依据')?.score).toBeLessThan(scoreHeader('权力依据')?.score ?? 0);
    expect(scoreHeader('联合抽查部门抽查事项')?.score).toBeLessThan(
      scoreHeader('牵头发起部门抽查事项')?.score ?? 0,
    );
  });

  it('scores a header in traditional characters as in simplified ones', () => {
    const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const words = [
      '事项',
      '名称',
      '依据',
      '主体',
      '领域',
      '内容',
      '抽查',
      '检查',
      '执法',
      '责任',
      '实施',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }), (parts) => {
        const header = parts.join('');
        expect(scoreHeader(toTraditional(header))).toEqual(scoreHeader(header));
      }),
    );
  });
});

describe('settleColumns', () => {
  const col = (index: number, header: string): ColumnRole => ({
    index,
    header,
    ...(scoreHeader(header) ?? { reason: 'unknown' as const, score: 0 }),
  });

  it('gives a field to the surest claim, and the name to the column beside the number on a tie', () => {
    const settled = settleColumns([
      col(0, '序号'),
      col(1, '任务名称'),
      col(2, '检查事项'),
      col(3, '设定依据'),
      col(4, '违法依据'),
    ]);
    expect(settled.map((c) => c.field)).toEqual([
      'number',
      'name',
      undefined,
      'legalBases',
      undefined,
    ]);
    expect(settled[2]).toMatchObject({ reason: 'taken-by-other', instead: 'B' });
    expect(settled[4]).toMatchObject({ reason: 'taken-by-other', instead: 'D' });
  });

  it('gives an office to 承办机构 over 实施主体, the field as export heads it', () => {
    const settled = settleColumns([col(0, '实施主体'), col(1, '承办机构')]);
    expect(settled.map((c) => c.field)).toEqual([undefined, 'offices']);
  });
});

describe('two-level headers', () => {
  it('reads the row below a header cell merged across columns as its lower level', () => {
    const layout = findHeader([
      row(
        1,
        ['序号', '事项名称', '职责边界', '职责边界', '承办机构'],
        [undefined, undefined, 'C1', 'C1'],
      ),
      row(2, ['序号', '事项名称', '县级部门', '乡镇', '承办机构'], ['A1', 'B1']),
      row(3, ['1', '落户', '派出所', '配合', '派出所']),
    ]);
    expect(layout?.bodyStart).toBe(2);
  });

  it('keeps a data row a data row below a header cell merged across two columns', () => {
    const layout = findHeader([
      row(
        1,
        ['序号', '事项名称', '职权类型', '部门职责', '部门职责', '监督方式'],
        [undefined, undefined, undefined, 'D1', 'D1'],
      ),
      row(2, ['1', '民族成份变更确认', '行政确认', '负责指导', '负责监督', '电话']),
    ]);
    expect(layout?.bodyStart).toBe(1);
    expect(layout?.columns.map((c) => c.header)).toContain('部门职责');
  });
});

describe('tables of a sheet', () => {
  const stacked = [
    row(1, ['不予处罚事项清单', '', '']),
    row(2, ['单位:(公章)', '', '']),
    row(3, ['序号', '行政处罚事项', '法律依据']),
    row(4, ['1', '违反治安管理的行为', '《治安管理处罚法》第十九条']),
    row(5, ['', '', '']),
    row(6, ['从轻处罚事项清单', '', '']),
    row(7, ['单位:(公章)', '', '']),
    row(8, ['序号', '行政处罚事项', '法律依据']),
    row(9, ['1', '违反治安管理的行为', '《治安管理处罚法》第十四条']),
  ];

  it('reads a header, a unit line and a note as such', () => {
    expect(isHeaderRow(stacked[7] as GridRow)).toBe(true);
    expect(isHeaderRow(stacked[8] as GridRow)).toBe(false);
    expect(isUnitLine(stacked[1] as GridRow)).toBe(true);
    expect(isNoteRow(row(9, ['备注', '检查方式填写现场检查']))).toBe(true);
    expect(isNoteRow(row(9, ['注销登记', '']))).toBe(false);
  });

  it('tells the record a page shows above a document from a row of a table', () => {
    expect(pageRecordLine(row(1, ['标题:', '抽查事项清单', '', '']))).toEqual({
      title: '抽查事项清单',
    });
    expect(
      pageRecordLine(row(2, ['发文日期：', '2023-07-25', '发布机构：', '沂源县卫生健康局'])),
    ).toEqual({});
    expect(pageRecordLine(row(3, ['索引号', '1137']))).toBeUndefined();
    expect(pageRecordLine(row(4, ['备注:', '见附件']))).toBeUndefined();
    expect(pageRecordLine(row(5, ['发文日期:', '2023-07-25', '检查依据:', '']))).toBeUndefined();
  });

  it('splits stacked tables, each with its title, unit line and blank rows', () => {
    const first = findHeader(stacked);
    const tables = splitTables(stacked, first as NonNullable<typeof first>);
    expect(tables.map((t) => [t.leadStart, t.headerIndex, t.bodyStart, t.end])).toEqual([
      [0, 2, 3, 4],
      [4, 7, 8, 9],
    ]);
  });

  it('takes a numbered table without a header: the numbers, and the text beside them', () => {
    const rows = [
      row(1, ['目录', '目录']),
      ...['一', '二', '三'].map((n, i) => row(i + 2, [n, `事项${n}`])),
    ];
    const layout = headerless(rows);
    expect(layout?.bodyStart).toBe(1);
    expect(layout?.columns.map((c) => [c.field, c.reason])).toEqual([
      ['number', 'numbers'],
      ['name', 'beside-number'],
    ]);
  });
});

describe('parts stacked in one sheet', () => {
  const parts = [
    row(1, ['某镇履行职责事项清单', '', '', '', '']),
    row(2, ['一、基本履职事项（1项）', '', '', '', '']),
    row(3, ['序号', '事项名称', '具体内容', '承办机构', '']),
    row(4, ['1', '党的建设', '加强党的政治建设', '党建工作办公室', '']),
    row(5, ['二、配合履职事项（1项）', '', '', '', '']),
    row(6, ['序号', '事项名称', '牵头部门', '部门职责', '乡镇职责']),
    row(7, ['1', '森林防灭火', '县林业局', '负责预防', '组织巡山']),
  ];

  it('starts at the first part even where a later header is wider', () => {
    const first = findHeader(parts);
    expect(first?.headerIndex).toBe(2);
    const tables = splitTables(parts, first as NonNullable<typeof first>);
    expect(tables.map((t) => [t.leadStart, t.headerIndex, t.bodyStart, t.end])).toEqual([
      [0, 2, 3, 4],
      [4, 5, 6, 7],
    ]);
  });
});

describe('a list without a header or numbers', () => {
  const items = ['亲属关系证明', '居民身份信息证明', '居民养犬证明'];

  it('reads one item a row under the line naming the list', () => {
    const rows = [
      row(1, ['以下证明不再需要找村委会开具:']),
      ...items.map((t, i) => row(i + 2, [t])),
    ];
    const layout = unnumberedList(rows);
    expect(layout?.bodyStart).toBe(1);
    expect(layout?.columns.map((c) => [c.field, c.reason])).toEqual([['name', 'listed']]);
  });

  it('takes no prose for a list, nor a table of several columns', () => {
    const prose = [
      row(1, ['工作要求:']),
      ...['一是高位推动，压实责任。', '二是上下联动。', '三是强化督导；按月通报。'].map((t, i) =>
        row(i + 2, [t]),
      ),
    ];
    expect(unnumberedList(prose)).toBeUndefined();
    const table = [row(1, ['清单']), ...items.map((t, i) => row(i + 2, [t, '民政局']))];
    expect(unnumberedList(table)).toBeUndefined();
    const untitled = items.map((t, i) => row(i + 1, [t]));
    expect(unnumberedList(untitled)).toBeUndefined();
    const contents = [
      row(1, ['目录']),
      ...['一、基本履职事项', '二、配合履职事项', '三、上级部门收回事项'].map((t, i) =>
        row(i + 2, [t]),
      ),
    ];
    expect(unnumberedList(contents)).toBeUndefined();
  });
});

describe('sectionOfKind', () => {
  it.each([
    [['附件1 不予处罚事项清单'], 'basic'],
    [['红海办事处2020年权责清单'], 'basic'],
    [['随机抽查事项清单(样表)'], 'basic'],
    [['下放事项清单'], 'delegated'],
    [['不予處罰清單'], 'basic'],
    [['Sheet1', 'a'], undefined],
    [['2025年度横溪镇重大行政决策事项目录清单'], 'basic'],
  ])('%s is %s', (texts, section) => expect(sectionOfKind(texts)).toBe(section));
});
