import type { DutyList } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { issuesOf, listOf } from '../../test/import-result.js';
import { workbook } from '../../test/workbook.js';
import { bundledProfiles } from '../profile/bundled.js';
import { importSpreadsheet } from './import-spreadsheet.js';

const huangmei = () =>
  workbook([
    {
      name: '一、基本履职事项',
      rows: [
        ['五祖镇履行职责事项清单（基本履职事项）'],
        ['序号', '领域', '事项\n名称', '实施依据', '承办机构', '备注'],
        [
          '1、',
          '党的建设',
          '基层党组织建设',
          '《中国共产党农村基层组织工作条例》',
          '党建工作办公室',
          '',
        ],
        [
          '2、',
          null,
          '指导村（社区）“两委”换届选举',
          '1、《中华人民共和国村民委员会组织法》第五条；2、《中国共产党农村基层组织工作条例》',
          '党建工作办公室、党政综合办公室',
          '每五年一次',
        ],
        [
          '（三）',
          '平安法治建设',
          '辖区生产经营单位安全生产监督检查',
          '《中华人民共和国安全生产法》第九条第二款',
          '平安建设办公室',
          '',
        ],
      ],
      merges: ['A1:F1', 'B3:B4'],
    },
    {
      name: '二、配合履职事项',
      rows: [
        ['序号', '事项名称', '牵头部门', '部门职责', '乡镇配合职责', '法律依据'],
        [
          '1',
          '森林防灭火',
          '县林业局、县应急局',
          '负责森林火灾预防',
          '组织护林员巡山',
          '《森林防火条例》',
        ],
      ],
    },
    {
      name: '三、上级部门收回事项',
      rows: [
        ['序号', '事项名称', '收回后承接部门', '收回原因', '设定依据'],
        ['1', '危房安全鉴定', '县住建局', '专业性强、县直部门主责', '《城市危险房屋管理规定》'],
      ],
    },
  ]);

function duty(list: DutyList | undefined, name: string) {
  const found = list?.duties.find((d) => d.name === name);
  if (!found) throw new Error(`no duty ${name}`);
  return found;
}

describe('importing the layouts found in published lists', () => {
  it('reads a Huangmei-style workbook: title row, broken header, merged domain, one sheet per section', async () => {
    const result = await importSpreadsheet(await huangmei(), { file: 'wuzu.xlsx' });
    expect(result.ok).toBe(true);
    const list = listOf(result);
    expect(list?.title).toBe('五祖镇履行职责事项清单（基本履职事项）');
    expect(list?.duties.map((d) => d.section)).toEqual([
      'basic',
      'basic',
      'basic',
      'cooperating',
      'reclaimed',
    ]);
    const election = duty(list, '指导村（社区）“两委”换届选举');
    // The merged 领域 cell carries 党的建设 down to the second row.
    expect(election.domain).toBe('party-building');
    expect(election.number).toBe('2、');
    expect(election.key).toBe('basic-2');
    expect(election.offices).toHaveLength(2);
    expect(election.legalBases).toHaveLength(2);
    expect(election.legalBases.every((b) => 'instrument' in b)).toBe(true);
    expect(election.extraColumns).toEqual([{ header: '备注', value: '每五年一次' }]);
    expect(duty(list, '辖区生产经营单位安全生产监督检查').key).toBe('basic-3');
    const forest = duty(list, '森林防灭火');
    expect(forest.section === 'cooperating' && forest.leadDepartments).toHaveLength(2);
    const reclaimed = duty(list, '危房安全鉴定');
    expect(reclaimed.section === 'reclaimed' && reclaimed.reclaimReasons).toEqual([
      'highly-specialised',
      'county-department-responsible',
    ]);
  });

  it('reads the three parts stacked in one sheet, each under its numbered heading and header', async () => {
    const bytes = await workbook([
      {
        name: 'Sheet1',
        rows: [
          ['某镇履行职责事项清单'],
          ['一、基本履职事项（2项）'],
          ['序号', '事项名称', '具体内容', '承办机构'],
          ['1', '党的建设', '加强党的政治建设', '党建工作办公室'],
          ['2', '经济发展', '落实经济发展规划', '经济发展办公室'],
          ['二、配合履职事项（1项）'],
          ['序号', '事项名称', '县级主责部门', '配合部门', '县级部门职责', '乡镇（街道）职责'],
          ['1', '森林防灭火', '县林业局', '县应急管理局', '负责森林火灾预防', '组织护林员巡山'],
          ['三、上级部门收回事项（1项）'],
          ['序号', '事项名称', '承接主体', '收回理由'],
          ['1', '危房安全鉴定', '县住建局', '专业性强'],
        ],
        merges: ['A1:F1', 'A2:F2', 'A6:F6', 'A9:F9'],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'parts.xlsx' });
    expect(result.rows.map((r) => r.role ?? r.status)).toEqual([
      'title',
      'heading',
      'header',
      'imported-with-warnings',
      'imported-with-warnings',
      'heading',
      'header',
      'imported',
      'heading',
      'header',
      'imported',
    ]);
    const list = listOf(result);
    expect(list?.duties.map((d) => [d.name, d.section])).toEqual([
      ['党的建设', 'basic'],
      ['经济发展', 'basic'],
      ['森林防灭火', 'cooperating'],
      ['危房安全鉴定', 'reclaimed'],
    ]);
    // Each part lists its own columns, not the empty ones at its right below a wider part.
    expect(result.tables?.map((t) => t.columns.length)).toEqual([4, 6, 4]);
    expect(result.tables?.map((t) => [t.headerRow, t.section, t.sectionFrom])).toEqual([
      [3, 'basic', 'heading'],
      [7, 'cooperating', 'heading'],
      [10, 'reclaimed', 'heading'],
    ]);
    const department = (key: string) => list?.departments.find((x) => x.key === key)?.name;
    const forest = duty(list, '森林防灭火');
    expect(forest.section === 'cooperating' && forest.leadDepartments.map(department)).toEqual([
      '县林业局',
    ]);
    // The model names no cooperating departments: the column is kept as published.
    expect(forest.extraColumns).toEqual([{ header: '配合部门', value: '县应急管理局' }]);
    expect(
      forest.section === 'cooperating' && [forest.departmentDuty, forest.townshipDuty],
    ).toEqual(['负责森林火灾预防', '组织护林员巡山']);
    const reclaimed = duty(list, '危房安全鉴定');
    expect(
      reclaimed.section === 'reclaimed' && reclaimed.receivingDepartments.map(department),
    ).toEqual(['县住建局']);
    expect(reclaimed.section === 'reclaimed' && reclaimed.reclaimReasons).toEqual([
      'highly-specialised',
    ]);
  });

  it('reads the lead under a two-level 县级部门 / 牵头 · 配合 header, keeping 配合 as published', async () => {
    const bytes = await workbook([
      {
        name: '配合履职事项清单',
        rows: [
          ['序号', '事项名称', '县级部门', null, '乡镇职责'],
          [null, null, '牵头', '配合', null],
          ['1', '耕地保护', '县自然资源局', '县农业农村局', '开展日常巡查'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'peihe.xlsx' });
    const list = listOf(result);
    const land = duty(list, '耕地保护');
    const department = (key: string) => list?.departments.find((x) => x.key === key)?.name;
    expect(land.section === 'cooperating' && land.leadDepartments.map(department)).toEqual([
      '县自然资源局',
    ]);
    expect(land.extraColumns).toEqual([{ header: '县级部门/配合', value: '县农业农村局' }]);
    expect(land.section === 'cooperating' && land.townshipDuty).toBe('开展日常巡查');
  });

  it('reads departments under headers ending in 部门: the lead, who takes back, a body in a list of powers', async () => {
    // Made-up rows under the headers list-keeping software gives these parts (对应上级部门,
    // 上级部门职责, 镇街配合职责; 承接的县级部门, 工作方式), and a 责任部门 column in a basic part.
    const bytes = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['序号', '事项名称', '承办机构', '责任部门'],
          ['1', '村级财务监督', '经济发展办公室', '县农业农村局'],
        ],
      },
      {
        name: '配合履职事项',
        rows: [
          ['序号', '事项名称', '对应上级部门', '上级部门职责', '镇街配合职责'],
          ['1', '耕地保护', '县自然资源局', '负责耕地保护监督', '开展日常巡查'],
        ],
      },
      {
        name: '上级部门收回事项',
        rows: [
          ['序号', '事项名称', '承接的县级部门', '工作方式'],
          ['1', '危房安全鉴定', '县住建局', '委托第三方鉴定'],
        ],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'parts.xlsx' });
    const list = listOf(result);
    const department = (key: string) => list?.departments.find((x) => x.key === key)?.name;
    const land = duty(list, '耕地保护');
    expect(land.section === 'cooperating' && land.leadDepartments.map(department)).toEqual([
      '县自然资源局',
    ]);
    expect(land.section === 'cooperating' && [land.departmentDuty, land.townshipDuty]).toEqual([
      '负责耕地保护监督',
      '开展日常巡查',
    ]);
    const house = duty(list, '危房安全鉴定');
    expect(house.section === 'reclaimed' && house.receivingDepartments.map(department)).toEqual([
      '县住建局',
    ]);
    expect(house.extraColumns).toEqual([{ header: '工作方式', value: '委托第三方鉴定' }]);
    // A basic duty has no lead departments: the column stays as published, and the report says why.
    expect(duty(list, '村级财务监督').extraColumns).toEqual([
      { header: '责任部门', value: '县农业农村局' },
    ]);
    const columnOf = (sheet: string, header: string) =>
      result.tables?.find((t) => t.sheet === sheet)?.columns.find((c) => c.header === header);
    expect(columnOf('基本履职事项', '责任部门')).toEqual({
      column: 'D',
      header: '责任部门',
      reason: 'other-section',
      score: 60,
    });
    expect(columnOf('配合履职事项', '对应上级部门')?.field).toBe('leadDepartments');
    expect(columnOf('上级部门收回事项', '承接的县级部门')?.field).toBe('receivingDepartments');
  });

  it('keeps a 填表说明 sheet as notes beside the list, and refuses a table it cannot read', async () => {
    const withNotes = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['序号', '事项名称', '法律依据', '责任科室'],
          [
            '1',
            '辖区生产经营单位安全生产监督检查',
            '《中华人民共和国安全生产法》第九条',
            '平安建设办公室',
          ],
        ],
      },
      {
        name: '填表说明',
        rows: [['填表说明', '填表说明'], ['1. 本表由乡镇人民政府填写。']],
        merges: ['A1:B1'],
      },
    ]);
    const notes = await importSpreadsheet(withNotes, { file: 'notes.xlsx' });
    expect(notes.ok).toBe(true);
    expect(listOf(notes)?.duties.map((d) => d.name)).toEqual(['辖区生产经营单位安全生产监督检查']);
    expect(issuesOf(notes).map((i) => [i.code, i.severity, i.sheet])).toContainEqual([
      'spreadsheet-sheet-notes-only',
      'warning',
      '填表说明',
    ]);
    expect(
      notes.rows.filter((r) => r.sheet === '填表说明').map((r) => [r.status, r.role, r.text]),
    ).toEqual([
      ['not-a-duty', 'note', '填表说明'],
      ['not-a-duty', 'note', '1. 本表由乡镇人民政府填写。'],
    ]);

    const withTable = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['序号', '事项名称', '责任科室'],
          ['1', '辖区生产经营单位安全生产监督检查', '平安建设办公室'],
        ],
      },
      {
        name: '附表',
        rows: [
          ['1', '巡查河道', '城建办'],
          ['2', '清理沟渠', '城建办'],
        ],
      },
    ]);
    const table = await importSpreadsheet(withTable, { file: 'table.xlsx' });
    expect(table.ok).toBe(false);
    expect(issuesOf(table).map((i) => [i.code, i.sheet])).toContainEqual([
      'spreadsheet-header-not-found',
      '附表',
    ]);
    expect(table.rows.filter((r) => r.sheet === '附表').map((r) => r.status)).toEqual([
      'rejected',
      'rejected',
    ]);
  });

  it('accounts for every non-empty source row exactly once', async () => {
    const result = await importSpreadsheet(await huangmei(), { file: 'wuzu.xlsx' });
    const seen = result.rows.map((r) => `${r.sheet}!${r.row}`);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(5 + 2 + 2);
    expect(result.rows.filter((r) => r.status === 'not-a-duty').map((r) => r.role)).toEqual([
      'title',
      'header',
      'header',
      'header',
    ]);
  });

  it('reads a two-level header 事项名称 / 项目 · 子项, keeping the 项目 beside the 子项', async () => {
    const bytes = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['序号', '事项名称', null, '实施依据', '承办机构'],
          [null, '项目', '子项', null, null],
          [
            '1',
            '社会救助',
            '最低生活保障申请受理',
            '《社会救助暂行办法》第十一条',
            '社会事务办公室',
          ],
          ['2', null, '特困人员救助供养申请受理', '《社会救助暂行办法》第十四条', '社会事务办公室'],
        ],
        merges: ['B1:C1', 'A1:A2', 'D1:D2', 'E1:E2', 'B3:B4'],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'two-level.xlsx' });
    expect(listOf(result)?.duties.map((d) => d.name)).toEqual([
      '最低生活保障申请受理',
      '特困人员救助供养申请受理',
    ]);
    expect(listOf(result)?.duties[1]?.extraColumns).toEqual([
      { header: '事项名称/项目', value: '社会救助' },
    ]);
  });

  it('makes one duty of a power spread over sub-rows under one merged name cell', async () => {
    const bytes = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['序号', '职权名称', '责任事项', '执法主体'],
          ['1', '对违法建设的处罚', '立案', '综合执法中心'],
          [null, null, '调查取证', null],
          [null, null, '决定', null],
        ],
        merges: ['A2:A4', 'B2:B4', 'D2:D4'],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'stages.xlsx' });
    expect(listOf(result)?.duties).toHaveLength(1);
    expect(listOf(result)?.duties[0]?.description).toBe('立案\n调查取证\n决定');
    expect(result.rows.filter((r) => r.role === 'part-of-row').map((r) => r.row)).toEqual([3, 4]);
  });

  it('reads a section column, traditional characters and item codes', async () => {
    const bytes = await workbook([
      {
        name: 'Sheet1',
        rows: [
          ['清单类别', '事項編碼', '事項名稱', '實施依據', '承辦機構', '權力類型', '牵头部门'],
          [
            '基本履職事項',
            '421127-XK-001',
            '農村村民住宅用地審核',
            '《中華人民共和國土地管理法》第六十二條第四款',
            '城鄉建設辦公室',
            '行政許可',
          ],
          ['收回事項', '', '危房安全鑒定', '', '', '', '县住建局'],
          ['配合履职事项', '', '森林防灭火', '', '', '', '县林业局'],
        ],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'trad.xlsx' });
    const [first, second] = listOf(result)?.duties ?? [];
    expect(first?.section).toBe('basic');
    expect(first?.key).toBe('421127-XK-001');
    expect(first?.code).toBe('421127-XK-001');
    // Kept as published; matched through the simplified form.
    expect(first?.name).toBe('農村村民住宅用地審核');
    expect(first?.powerCategory).toBe('administrative-licensing');
    expect(second?.section).toBe('reclaimed');
    // A lead department has no place on a reclaimed duty: the cell is kept as an extra column.
    expect(second?.extraColumns).toEqual([{ header: '牵头部门', value: '县住建局' }]);
    const third = listOf(result)?.duties[2];
    expect(third?.section === 'cooperating' && third.leadDepartments).toEqual(['县林业局']);
  });

  it('takes the section of a list that says none from --section or a profile, and rejects rows otherwise', async () => {
    const silent = await workbook([
      {
        name: 'Sheet1',
        rows: [
          ['序号', '事项名称', '承办机构'],
          ['1', '村级财务监督', '经济发展服务办公室'],
        ],
      },
    ]);
    const alone = await importSpreadsheet(silent, { file: 'list.xlsx' });
    expect(alone.rows.find((r) => r.row === 2)?.status).toBe('rejected');
    expect(alone.rows.find((r) => r.row === 2)?.issues.map((i) => i.code)).toContain(
      'spreadsheet-section-unknown',
    );
    const given = await importSpreadsheet(silent, { file: 'list.xlsx', section: 'basic' });
    expect(listOf(given)?.duties[0]?.section).toBe('basic');
  });

  it('places a list of powers by its headers, and a profile still names its columns', async () => {
    const bytes = await workbook([
      {
        name: 'Sheet1',
        rows: [
          ['序号', '执法事项名称', '职权类型', '执法依据', '执法主体', '执法层级'],
          [
            '1',
            '对未按规定设置防火间距的处罚',
            '行政处罚',
            '《中华人民共和国消防法》第六十条',
            '乡(镇)人民政府、街道办事处',
            '乡级',
          ],
        ],
      },
    ]);
    const alone = await importSpreadsheet(bytes, { file: 'list.xlsx' });
    expect(listOf(alone)?.duties[0]?.section).toBe('basic');
    expect(alone.tables?.[0]).toMatchObject({ section: 'basic', sectionFrom: 'header' });
    const profiled = await importSpreadsheet(bytes, {
      file: 'zf.xlsx',
      profile: bundledProfiles['law-enforcement'] as never,
    });
    const d = listOf(profiled)?.duties[0];
    expect(d?.name).toBe('对未按规定设置防火间距的处罚');
    expect(d?.offices).toEqual(['乡镇人民政府', '街道办事处']);
    expect(d?.extraColumns).toEqual([{ header: '执法层级', value: '乡级' }]);
  });

  it('reads a power given as a form: one duty at its first row, the other rows its parts', async () => {
    const bytes = await workbook([
      {
        name: '职权详情',
        rows: [
          ['行政处罚基本信息表'],
          ['职权名称', '对农村居民未经批准建住宅的处罚'],
          ['类型', '行政处罚'],
          ['法定依据', '《村庄和集镇规划建设管理条例》第三十七条'],
          ['实施主体', '镇人民政府', '承办机构', '村镇建设办公室'],
        ],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'form.xlsx' });
    expect(result.rows.map((r) => r.role ?? r.status)).toEqual([
      'title',
      'imported',
      'part-of-row',
      'part-of-row',
      'part-of-row',
    ]);
    const duty = listOf(result)?.duties[0];
    expect(duty).toMatchObject({
      section: 'basic',
      name: '对农村居民未经批准建住宅的处罚',
      powerCategory: 'administrative-penalty',
      offices: ['村镇建设办公室'],
    });
    expect(result.tables?.[0]).toMatchObject({ forms: true, sectionFrom: 'title' });
    expect(result.tables?.[0]?.headerRow).toBeUndefined();
  });

  it('keeps an unknown code-list value as an extra column with a warning, and --strict rejects the row', async () => {
    const bytes = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['序号', '事项名称', '权力类型', '承办机构', '实施依据'],
          ['1', '村级财务监督', '内部监督', '经济发展服务办公室', '《村民委员会组织法》第三十二条'],
        ],
      },
    ]);
    const lenient = await importSpreadsheet(bytes, { file: 'x.xlsx' });
    const row = lenient.rows.find((r) => r.row === 2);
    expect(row?.status).toBe('imported-with-warnings');
    expect(row?.issues[0]).toMatchObject({
      code: 'spreadsheet-value-unknown',
      sheet: '基本履职事项',
      row: 2,
      column: 'C',
    });
    expect(listOf(lenient)?.duties[0]?.extraColumns).toEqual([
      { header: '权力类型', value: '内部监督' },
    ]);
    const strict = await importSpreadsheet(bytes, { file: 'x.xlsx', strict: true });
    expect(strict.rows.find((r) => r.row === 2)?.status).toBe('rejected');
  });

  it('reads formulas as their cached values and never evaluates them', async () => {
    const bytes = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['序号', '事项名称', '承办机构', '实施依据'],
          [{ formula: 'ROW()-1', result: 1 }, '森林防火', '平安建设办公室', '《森林防火条例》'],
          [{ formula: 'ROW()-1' }, '防汛抗旱', '平安建设办公室', '《防汛条例》'],
        ],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'f.xlsx' });
    expect(listOf(result)?.duties.map((d) => d.number)).toEqual(['1', undefined]);
    expect(result.rows.find((r) => r.row === 3)?.issues[0]).toMatchObject({
      code: 'spreadsheet-formula-without-value',
      column: 'A',
      params: { formula: 'ROW()-1' },
    });
  });

  it('warns at a merged range that carries one value across columns of the data, saying where', async () => {
    const bytes = await workbook([
      {
        name: '基本履职事项',
        rows: [
          ['基本履职事项清单'],
          ['序号', '事项名称', '承办机构', '备注'],
          ['1', '森林防火', '平安建设办公室', null],
          ['2', '防汛抗旱', '平安建设办公室', null],
          ['3', '山塘巡查', '平安建设办公室', '每月一次'],
        ],
        merges: ['A1:D1', 'C3:D4'],
      },
    ]);
    const result = await importSpreadsheet(bytes, { file: 'wide.xlsx', section: 'basic' });
    const warnings = result.rows.flatMap((r) =>
      r.issues.filter((i) => i.code === 'spreadsheet-merge-across-columns'),
    );
    // The title row's merge is no data: only the range in the data area is reported, once.
    expect(warnings).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'wide.xlsx',
        sheet: '基本履职事项',
        row: 3,
        column: 'C',
        params: { range: 'C3:D4', value: '平安建设办公室', first: 'D', last: 'D' },
      }),
    ]);
    expect(result.rows.find((r) => r.row === 3)?.status).toBe('imported-with-warnings');
    expect(result.rows.find((r) => r.row === 5)?.issues.map((i) => i.code)).not.toContain(
      'spreadsheet-merge-across-columns',
    );
  });

  it('does not warn at merges down one column', async () => {
    const result = await importSpreadsheet(await huangmei(), { file: 'wuzu.xlsx' });
    const codes = [...issuesOf(result), ...result.rows.flatMap((r) => r.issues)].map((i) => i.code);
    expect(codes).not.toContain('spreadsheet-merge-across-columns');
  });
});
