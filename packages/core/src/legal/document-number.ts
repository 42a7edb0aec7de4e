import type { LegalRank } from '../codes/legal-ranks.js';

/** Provinces by the one-character abbreviation their document numbers use. */
const provinces: Readonly<Record<string, string>> = {
  京: '北京市',
  津: '天津市',
  沪: '上海市',
  渝: '重庆市',
  冀: '河北省',
  晋: '山西省',
  辽: '辽宁省',
  吉: '吉林省',
  黑: '黑龙江省',
  苏: '江苏省',
  浙: '浙江省',
  皖: '安徽省',
  闽: '福建省',
  赣: '江西省',
  鲁: '山东省',
  豫: '河南省',
  鄂: '湖北省',
  湘: '湖南省',
  粤: '广东省',
  琼: '海南省',
  川: '四川省',
  蜀: '四川省',
  贵: '贵州省',
  黔: '贵州省',
  云: '云南省',
  滇: '云南省',
  陕: '陕西省',
  甘: '甘肃省',
  陇: '甘肃省',
  青: '青海省',
  蒙: '内蒙古自治区',
  桂: '广西壮族自治区',
  藏: '西藏自治区',
  宁: '宁夏回族自治区',
  新: '新疆维吾尔自治区',
};

/**
 * A document number (文号) in one form: 〔2019〕 whatever brackets the year was written in, no
 * spaces. The input is already normalised (half-width).
 *
 * @example
 * ```ts
 * normaliseDocumentNumber('国办发[2019]12号'); // '国办发〔2019〕12号'
 * ```
 */
export function normaliseDocumentNumber(text: string): string {
  // most numbers are written as they should be: nothing to replace
  if (!/[\s([【〔]/.test(text)) return text;
  return text.replace(/\s+/g, '').replace(/[([【〔](\d{4})[)\]】〕]/g, '〔$1〕');
}

/**
 * Whether a parenthesised note after a title is a document number: it has 号, 令 or a
 * bracketed year.
 *
 * @example
 * ```ts
 * isDocumentNumber('1993年国务院令第116号'); // true
 * ```
 */
export function isDocumentNumber(text: string): boolean {
  return /号|令|〔\d{4}〕|[([【]\d{4}[)\]】]/.test(text);
}

/** What a document number tells about its instrument. */
export interface DocumentNumberFacts {
  readonly issuer?: string;
  readonly rank?: LegalRank;
  /** The part of the number that told it, e.g. `国务院令`. */
  readonly evidence: string;
}

const leadingYear = /^(\d{4}|[〇一二三四五六七八九零]{4})年/;

/**
 * The issuer and rank a document number shows: 国务院令 an administrative regulation of the
 * State Council, 津政令 a rule of the Tianjin government, 应急管理部令 a departmental rule,
 * 主席令 a law, 国办发 a normative document of the State Council's general office.
 *
 * @example
 * ```ts
 * documentNumberFacts('2014年津政令第11号'); // { issuer: '天津市人民政府', rank: 'local-government-rule', evidence: '津政令' }
 * ```
 */
export function documentNumberFacts(documentNumber: string): DocumentNumberFacts | undefined {
  const d = documentNumber.replace(leadingYear, '');
  if (d.includes('国务院令'))
    return { issuer: '国务院', rank: 'administrative-regulation', evidence: '国务院令' };
  if (d.includes('主席令')) return { rank: 'law', evidence: '主席令' };
  if (d.startsWith('中办发'))
    return { issuer: '中共中央办公厅', rank: 'policy-document', evidence: '中办发' };
  if (d.startsWith('中发'))
    return { issuer: '中共中央', rank: 'policy-document', evidence: '中发' };
  if (d.startsWith('国办发') || d.startsWith('国办函'))
    return { issuer: '国务院办公厅', rank: 'normative-document', evidence: d.slice(0, 3) };
  if (d.startsWith('国发'))
    return { issuer: '国务院', rank: 'normative-document', evidence: '国发' };
  const gov = /^(.{2,20}人民政府)令/.exec(d);
  if (gov?.[1]) return { issuer: gov[1], rank: 'local-government-rule', evidence: `${gov[1]}令` };
  const province = provinces[d.charAt(0)];
  if (province) {
    if (d.startsWith('政令', 1))
      return {
        issuer: `${province}人民政府`,
        rank: 'local-government-rule',
        evidence: d.slice(0, 3),
      };
    if (d.startsWith('政办发', 1) || d.startsWith('政办函', 1))
      return {
        issuer: `${province}人民政府办公厅`,
        rank: 'normative-document',
        evidence: d.slice(0, 4),
      };
    if (d.startsWith('政发', 1))
      return { issuer: `${province}人民政府`, rank: 'normative-document', evidence: d.slice(0, 3) };
  }
  const congress = /^(.{0,20}人民代表大会常务委员会)公告/.exec(d);
  if (congress?.[1])
    return congress[1].startsWith('全国')
      ? { issuer: congress[1], rank: 'law', evidence: `${congress[1]}公告` }
      : { issuer: congress[1], rank: 'local-regulation', evidence: `${congress[1]}公告` };
  const ministry = /^(.{1,20}?(?:部|委员会|总局|局|署))令/.exec(d);
  if (ministry?.[1])
    return { issuer: ministry[1], rank: 'departmental-rule', evidence: `${ministry[1]}令` };
  return undefined;
}
