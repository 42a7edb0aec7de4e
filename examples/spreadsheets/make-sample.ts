// Writes huangmei-basic.csv: a county's list of basic duties laid out as published, with a
// title row, a header broken across lines, 1、 numbering, the domain written only on the first
// row of each block (as merged cells become when saved as CSV) and several offices in a cell.
// Run: npx tsx examples/spreadsheets/make-sample.ts
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const rows: string[][] = [
  ['五祖镇基本履职事项清单（示例）', '', '', '', '', ''],
  ['序号', '领域', '事项\n名称', '实施依据', '承办机构', '备注'],
  ['1、', '党的建设', '基层党组织建设', '《中国共产党农村基层组织工作条例》', '党建工作办公室', ''],
  [
    '2、',
    '',
    '指导村（社区）“两委”换届选举',
    '1、《中华人民共和国村民委员会组织法》第五条；2、《中国共产党农村基层组织工作条例》',
    '党建工作办公室、党政综合办公室',
    '每五年一次',
  ],
  [
    '3、',
    '民生服务',
    '传染病防控',
    '《中华人民共和国传染病防治法》第九条\n《突发公共卫生事件应急条例》第四十条',
    '社会事务办公室',
    '',
  ],
  [
    '4、',
    '',
    '最低生活保障申请受理和调查审核',
    '《社会救助暂行办法》(2014年国务院令第649号)第十一条',
    '社会事务办公室、综合服务中心',
    '',
  ],
  [
    '5、',
    '平安法治建设',
    '辖区生产经营单位安全生产监督检查',
    '《中华人民共和国安全生产法》第九条第二款',
    '平安建设办公室',
    '=不是公式，只是文字',
  ],
  [
    '6、',
    '城乡建设',
    '乡、村庄规划区内违法建设查处',
    '《中华人民共和国城乡规划法》第六十五条；《村庄和集镇规划建设管理条例》(1993年国务院令第116号)第三十七条',
    '综合执法中心',
    '',
  ],
];

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const text = `\ufeff${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;
writeFileSync(fileURLToPath(new URL('./huangmei-basic.csv', import.meta.url)), text);
