import type { Bilingual } from '../codes/concept.js';
import { findConcept } from '../codes/concept.js';
import { type LegalRank, legalRankScheme } from '../codes/legal-ranks.js';
import { type DocumentNumberFacts, documentNumberFacts } from './document-number.js';
import { isLawTitle, resolveTitle } from './instrument-title.js';
import type { KnownInstrument } from './known-instruments.js';
import { placeLevel } from './place.js';

/**
 * Which rule gave an instrument its rank: the table of known instruments, the words 三定, a
 * title of the Communist Party, the document number, or the title's last words (and place).
 *
 * @example
 * ```ts
 * const rule: RankRule = inferRank({ title: '湖北省安全生产条例' })?.rule ?? 'title-suffix'; // 'title-suffix'
 * ```
 */
export type RankRule =
  | 'known-instrument'
  | 'three-determinations'
  | 'party-title'
  | 'document-number'
  | 'title-suffix';

/**
 * Why an instrument was given its rank: the rule, and the words of the title or document
 * number that the rule matched.
 *
 * @example
 * ```ts
 * const why: RankReasoning = { rank: 'local-regulation', rule: 'title-suffix', evidence: '湖北省…条例' };
 * ```
 */
export interface RankReasoning {
  readonly rank: LegalRank;
  readonly rule: RankRule;
  readonly evidence: string;
}

const policySuffixes = [
  '意见',
  '方案',
  '规划',
  '纲要',
  '计划',
  '要点',
  '措施',
  '指引',
  '指南',
  '清单',
  '目录',
];
const normativeSuffixes = ['通知', '通告', '公告', '决定', '批复', '制度'];
const ruleSuffixes = ['办法', '规定', '细则', '规则', '准则'];

function bySuffix(title: string): RankReasoning | undefined {
  const place = placeLevel(title);
  const rule = (rank: LegalRank, evidence: string): RankReasoning => ({
    rank,
    rule: 'title-suffix',
    evidence,
  });
  if ((title.endsWith('决定') || title.endsWith('决议')) && title.includes('人民代表大会'))
    return title.startsWith('全国')
      ? rule('law', '全国人民代表大会…决定')
      : rule('local-regulation', '人民代表大会…决定');
  if (isLawTitle(title)) return rule('law', '…法');
  if (title.endsWith('条例'))
    return place
      ? rule('local-regulation', `${place}…条例`)
      : rule('administrative-regulation', '…条例');
  if (place && /实施.*办法$/.test(title)) return rule('local-regulation', '…实施…办法');
  for (const s of ruleSuffixes)
    if (title.endsWith(s) || title.endsWith(`${s}(试行)`) || title.endsWith(`${s}(暂行)`))
      return place === 'county'
        ? rule('normative-document', `county…${s}`)
        : place
          ? rule('local-government-rule', `${place}…${s}`)
          : rule('departmental-rule', `…${s}`);
  for (const s of normativeSuffixes)
    if (title.endsWith(s)) return rule('normative-document', `…${s}`);
  for (const s of policySuffixes)
    if (title.endsWith(s) || title.endsWith(`${s}(试行)`)) return rule('policy-document', `…${s}`);
  return undefined;
}

/**
 * What a title alone tells of its instrument's rank: `before`, by rules that outrank a document
 * number (a known instrument, 三定, the Party, 意见 and the like), and `after`, by its last words,
 * which a document number outranks. {@link inferRank} is `before`, else the number, else `after`;
 * callers that meet one title with many numbers keep this and look only the number up.
 *
 * @example
 * ```ts
 * titleRank('湖北省安全生产条例').after?.rank; // 'local-regulation'
 * ```
 */
export interface TitleRank {
  readonly before?: RankReasoning;
  readonly after?: RankReasoning;
}

/** The rules of {@link inferRank} that a document number does not override, or undefined. */
function rankBeforeNumber(
  title: string,
  known: KnownInstrument | undefined,
): RankReasoning | undefined {
  if (known) return { rank: known.rank, rule: 'known-instrument', evidence: known.title };
  if (title.includes('三定') || title.includes('机构职能编制规定'))
    return {
      rank: 'normative-document',
      rule: 'three-determinations',
      evidence: title.includes('三定') ? '三定' : '机构职能编制规定',
    };
  if (title.startsWith('中国共产党') && /(条例|准则|规则|规定|办法|细则)(\(试行\))?$/.test(title))
    return { rank: 'party-regulation', rule: 'party-title', evidence: '中国共产党' };
  if (
    /党政领导干部|党组织|党员/.test(title) &&
    /(条例|规则|规定|办法|细则)(\(试行\))?$/.test(title)
  )
    return {
      rank: 'party-regulation',
      rule: 'party-title',
      evidence: title.match(/党政领导干部|党组织|党员/)?.[0] ?? '',
    };
  // A 意见 or 方案 is a policy document whoever issues it and whatever its number.
  for (const s of policySuffixes)
    if (title.endsWith(s) || title.endsWith(`${s}(试行)`))
      return { rank: 'policy-document', rule: 'title-suffix', evidence: `…${s}` };
  return undefined;
}

/**
 * {@link TitleRank}: the rank a title tells, before and after a document number is looked at.
 *
 * @example
 * ```ts
 * titleRank('中华人民共和国消防法').before?.rule; // 'known-instrument'
 * ```
 */
export function titleRank(written: string): TitleRank {
  const { title, known } = resolveTitle(written);
  const before = rankBeforeNumber(title, known);
  if (before) return { before };
  const after = bySuffix(title);
  return after ? { after } : {};
}

/**
 * The rank a document number shows (国务院令: an administrative regulation), with its
 * reasoning, or undefined.
 *
 * @example
 * ```ts
 * rankByDocumentNumber('1993年国务院令第116号')?.rank; // 'administrative-regulation'
 * ```
 */
export function rankByDocumentNumber(documentNumber: string): RankReasoning | undefined {
  const facts = documentNumberFacts(documentNumber);
  return facts ? rankByFacts(facts) : undefined;
}

/**
 * {@link rankByDocumentNumber} from the facts of the number, for callers that have read them
 * already.
 *
 * @example
 * ```ts
 * rankByFacts({ rank: 'law', evidence: '主席令' })?.rule; // 'document-number'
 * ```
 */
export function rankByFacts(facts: DocumentNumberFacts): RankReasoning | undefined {
  return facts.rank
    ? { rank: facts.rank, rule: 'document-number', evidence: facts.evidence }
    : undefined;
}

/**
 * Infers an instrument's rank from its title and document number, recording which rule decided
 * it. Undefined when nothing tells.
 *
 * @example
 * ```ts
 * inferRank({ title: '村庄和集镇规划建设管理条例', documentNumber: '1993年国务院令第116号' });
 * // { rank: 'administrative-regulation', rule: 'known-instrument', evidence: '村庄和集镇规划建设管理条例' }
 * ```
 */
export function inferRank(instrument: {
  readonly title: string;
  readonly documentNumber?: string;
}): RankReasoning | undefined {
  const { title, known } = resolveTitle(instrument.title);
  const before = rankBeforeNumber(title, known);
  if (before) return before;
  if (instrument.documentNumber) {
    const byNumber = rankByDocumentNumber(instrument.documentNumber);
    if (byNumber) return byNumber;
  }
  return bySuffix(title);
}

const placeWords: Readonly<Record<string, Bilingual>> = {
  province: { zh: '省级', en: 'a province' },
  city: { zh: '设区的市', en: 'a city' },
  county: { zh: '县级', en: 'a county' },
};

/**
 * Says in Chinese and English why an instrument has its rank.
 *
 * @example
 * ```ts
 * explainRank({ rank: 'law', rule: 'title-suffix', evidence: '…法' }).en;
 * // 'rank Law: the title ends in 法, which only national laws do'
 * ```
 */
export function explainRank(reasoning: RankReasoning): Bilingual {
  const label = findConcept(legalRankScheme, reasoning.rank)?.label ?? { zh: '', en: '' };
  const e = reasoning.evidence;
  const head = { zh: `效力层级为${label.zh}：`, en: `rank ${label.en}: ` };
  const place = /^(province|city|county)…/.exec(e)?.[1];
  const where = place ? placeWords[place] : undefined;
  const tail = e.replace(/^(province|city|county)…/, '…');
  const body: Bilingual = (() => {
    switch (reasoning.rule) {
      case 'known-instrument':
        return {
          zh: `已知法规表中的《${e}》`,
          en: `《${e}》 is in the table of known instruments`,
        };
      case 'three-determinations':
        return {
          zh: `名称含“${e}”，为机构编制的“三定”规定，按规范性文件对待`,
          en: `the title names ${e}, the establishment rules (三定规定) of an organ, treated as a normative document`,
        };
      case 'party-title':
        return {
          zh: `名称含“${e}”且为条例、规则、规定或办法，属党内法规`,
          en: `the title names ${e} and is a regulation or rule, so it is the Party's`,
        };
      case 'document-number':
        return {
          zh: `文号中的“${e}”表明其制定机关与层级`,
          en: `the document number's "${e}" shows its issuer and rank`,
        };
      case 'title-suffix':
        return where
          ? {
              zh: `名称以${where.zh}行政区划开头、以“${tail.replace('…', '')}”结尾`,
              en: `the title begins with ${where.en} and ends in ${tail.replace('…', '')}`,
            }
          : e === '…法'
            ? {
                zh: '名称以“法”结尾，只有国家法律如此',
                en: 'the title ends in 法, which only national laws do',
              }
            : { zh: `名称为“${e}”的形式`, en: `the title has the form ${e}` };
    }
  })();
  return { zh: head.zh + body.zh, en: head.en + body.en };
}
