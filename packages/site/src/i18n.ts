import type { Bilingual } from '@qingdan/core';

/**
 * The languages of the site: every page is written in Chinese first, and in English beside it.
 *
 * @example
 * ```ts
 * const lang: Lang = 'zh';
 * ```
 */
export type Lang = 'zh' | 'en';

/**
 * Both languages, Chinese first.
 *
 * @example
 * ```ts
 * for (const lang of langs) console.log(lang); // zh, en
 * ```
 */
export const langs: readonly Lang[] = ['zh', 'en'];

/**
 * The text of a bilingual label in one language; an English text missing falls back to the
 * Chinese one, since a list need not carry English.
 *
 * @example
 * ```ts
 * pick('en', { zh: '基本履职事项', en: 'Basic duty' }); // 'Basic duty'
 * pick('en', { zh: '五祖镇' }); // '五祖镇'
 * ```
 */
export function pick(
  lang: Lang,
  text: { readonly zh: string; readonly en?: string | undefined },
): string {
  return lang === 'en' ? (text.en ?? text.zh) : text.zh;
}

const words = {
  site: { zh: '履职事项清单开放数据', en: 'Duty lists: open data' },
  home: { zh: '首页', en: 'Home' },
  switchTo: { zh: 'English', en: '中文' },
  editions: { zh: '清单版本', en: 'List editions' },
  duties: { zh: '事项', en: 'duties' },
  dutyCount: { zh: '事项数', en: 'Duties' },
  province: { zh: '省', en: 'Province' },
  county: { zh: '县（市、区）', en: 'County' },
  township: { zh: '乡镇（街道）', en: 'Township' },
  division: { zh: '行政区划', en: 'Division' },
  issuer: { zh: '发布机关', en: 'Issuer' },
  issued: { zh: '发布日期', en: 'Issued' },
  documentNumber: { zh: '文号', en: 'Document number' },
  edition: { zh: '版本', en: 'Edition' },
  status: { zh: '状态', en: 'Status' },
  source: { zh: '来源', en: 'Source' },
  section: { zh: '类别', en: 'Section' },
  domain: { zh: '领域', en: 'Domain' },
  office: { zh: '承办机构', en: 'Office' },
  offices: { zh: '承办机构', en: 'Offices' },
  department: { zh: '县级部门', en: 'County department' },
  departments: { zh: '县级部门', en: 'County departments' },
  powerCategory: { zh: '职权类别', en: 'Power category' },
  number: { zh: '序号', en: 'No.' },
  name: { zh: '事项名称', en: 'Duty' },
  description: { zh: '说明', en: 'Description' },
  legalBases: { zh: '法律依据', en: 'Legal bases' },
  resources: { zh: '保障资源', en: 'Resources' },
  extraColumns: { zh: '原表其他列', en: 'Other columns of the table' },
  allValues: { zh: '全部', en: 'All' },
  filters: { zh: '筛选', en: 'Filter' },
  search: { zh: '搜索事项', en: 'Search duties' },
  searchHint: { zh: '输入关键词，如“应急”', en: 'A word, e.g. 应急' },
  noResults: { zh: '没有找到事项', en: 'No duty found' },
  results: { zh: '搜索结果', en: 'Results' },
  downloads: { zh: '数据下载', en: 'Downloads' },
  xlsxTooLong: {
    zh: '未提供：有内容超过 Excel 单元格上限（32,767 个字符），请用 CSV',
    en: 'not offered: a value is longer than an Excel cell holds (32,767 characters); use the CSV',
  },
  catalog: { zh: 'DCAT 数据目录', en: 'DCAT catalog' },
  charts: { zh: '统计', en: 'Counts' },
  dutyTable: { zh: '事项表', en: 'Duties' },
  unassigned: { zh: '（未注明）', en: '(not given)' },
  instrument: { zh: '法律法规', en: 'Legal instrument' },
  instruments: { zh: '法律法规', en: 'Legal instruments' },
  citingDuties: { zh: '引用本法规的事项', en: 'Duties citing it' },
  provisions: { zh: '条款', en: 'Provisions' },
  role: { zh: '角色', en: 'Role' },
  lead: { zh: '牵头', en: 'Leads' },
  receiving: { zh: '承接', en: 'Receives' },
  delegating: { zh: '赋权', en: 'Delegates' },
  requesting: { zh: '提请协助', en: 'Requests' },
  amendments: { zh: '版本变化', en: 'Amendments' },
  change: { zh: '变化', en: 'Change' },
  comparison: { zh: '清单比较', en: 'Comparison' },
  similarity: { zh: '相似度', en: 'Similarity' },
  nearest: { zh: '最相似的清单', en: 'Most similar lists' },
  nearestNote: {
    zh: '清单较多，不画两两相似度热力图：每份清单列出与其最相似的几份。',
    en: 'Too many lists for a heat map of every pair: each list is shown with the lists most like it.',
  },
  similarityData: { zh: '相似度数据（CSV）', en: 'The similarity as CSV' },
  shared: { zh: '共有事项', en: 'Shared duties' },
  distinct: { zh: '独有事项', en: 'Distinct duties' },
  lists: { zh: '清单数', en: 'Lists' },
  key: { zh: '编码', en: 'Key' },
  data: { zh: '本页数据', en: 'Data of this page' },
  skip: { zh: '跳到正文', en: 'Skip to content' },
  noScript: {
    zh: '筛选和搜索需要 JavaScript；表格无需 JavaScript 即可阅读。',
    en: 'Filters and search need JavaScript; the table reads without it.',
  },
} as const satisfies Record<string, Bilingual>;

/**
 * The words of the site's own interface, by name.
 *
 * @example
 * ```ts
 * say('en', 'home'); // 'Home'
 * ```
 */
export function say(lang: Lang, word: keyof typeof words): string {
  return words[word][lang];
}
