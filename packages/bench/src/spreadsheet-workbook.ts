import ExcelJS from 'exceljs';
import { citationCells } from './citation-cells.js';
import { seededRandom } from './random.js';

const domains = [
  '党的建设',
  '经济发展',
  '民生服务',
  '平安法治建设',
  '城乡建设',
  '生态环保',
  '农业农村',
  '文化旅游',
  '综合政务服务',
];
const offices = [
  '党政综合办公室',
  '社会事务办公室',
  '平安建设办公室',
  '城乡建设办公室',
  '综合执法中心',
];
const verbs = ['监督检查', '宣传教育', '申请受理', '巡查报告', '组织实施', '协助开展'];
const objects = [
  '森林防火',
  '防汛抗旱',
  '安全生产',
  '农村建房',
  '殡葬管理',
  '食品安全',
  '人居环境',
  '退役军人服务',
];

/**
 * A workbook of basic duties as a county publishes them, generated from a seed: a title row, a
 * header broken across lines, 序号 in the 1、 style, a domain column merged down each block of
 * ten rows, one or two offices per cell and legal bases as published.
 *
 * @example
 * ```ts
 * const bytes = await spreadsheetWorkbook(1000, 2024);
 * ```
 */
export async function spreadsheetWorkbook(rows: number, seed: number): Promise<Uint8Array> {
  const { pick, chance } = seededRandom(seed);
  const bases = citationCells(rows, seed);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('基本履职事项');
  sheet.addRow(['某镇基本履职事项清单']);
  sheet.mergeCells('A1:F1');
  sheet.addRow(['序号', '领域', '事项\n名称', '实施依据', '承办机构', '备注']);
  for (let i = 0; i < rows; i++) {
    const office = chance(0.3) ? `${pick(offices)}、${pick(offices)}` : pick(offices);
    sheet.addRow([
      `${i + 1}、`,
      i % 10 === 0 ? pick(domains) : null,
      `${pick(objects)}${pick(verbs)}`,
      bases[i],
      office,
      chance(0.1) ? '按年度开展' : null,
    ]);
  }
  for (let start = 3; start <= rows + 2; start += 10)
    sheet.mergeCells(`B${start}:B${Math.min(start + 9, rows + 2)}`);
  return new Uint8Array(await book.xlsx.writeBuffer());
}
