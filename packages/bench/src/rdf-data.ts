import type { Duty, DutyList } from '@qingdan/core';
import { seededRandom } from './random.js';

const objects = [
  '农村危房',
  '森林防火',
  '安全生产',
  '防汛抗旱',
  '最低生活保障',
  '人民调解',
  '秸秆禁烧',
  '食品安全',
];
const actions = [
  '监督检查',
  '日常巡查',
  '隐患排查',
  '宣传教育',
  '信息报送',
  '应急处置',
  '登记',
  '统计',
];
const laws = [
  '中华人民共和国安全生产法',
  '中华人民共和国森林法',
  '中华人民共和国防洪法',
  '社会救助暂行办法',
];
const domains = [
  'party-building',
  'economic-development',
  'livelihood-services',
  'agriculture-rural-affairs',
];
const powers = [
  'administrative-inspection',
  'administrative-penalty',
  'other-administrative-power',
] as const;
const offices = [
  { key: 'dzb', name: '党政综合办公室' },
  { key: 'jjfw', name: '经济发展服务办公室' },
  { key: 'shsw', name: '社会事务办公室' },
];

/** Duties per list: a county's template for one township is of this order. */
export const dutiesPerList = 200;

/**
 * Published township lists holding `duties` basic duties in all, `dutiesPerList` to a list, made
 * one at a time so that a million duties never sit in memory together. Each duty has a name in
 * zh and en, a domain, a power category, an office and one structured legal basis.
 */
export function* benchLists(duties: number, seed = 1): Generator<DutyList> {
  const next = seededRandom(seed).next;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  for (let l = 0; l * dutiesPerList < duties; l++) {
    const count = Math.min(dutiesPerList, duties - l * dutiesPerList);
    const code = `${421100 + (l % 90)}${String(100 + Math.floor(l / 90)).padStart(3, '0')}`;
    const list: Duty[] = [];
    for (let i = 0; i < count; i++) {
      const object = pick(objects);
      const action = pick(actions);
      list.push({
        section: 'basic',
        key: `JB-${i}`,
        name: `${object}${action}`,
        nameEn: `${action} of ${object} "${i}"`,
        domain: pick(domains),
        powerCategory: pick(powers),
        legalBases: [
          {
            instrument: { title: `《${pick(laws)}》` },
            provisions: [{ article: 1 + Math.floor(next() * 90) }],
          },
        ],
        offices: [pick(offices).key],
      });
    }
    yield {
      id: `list-${l}`,
      kind: 'township',
      title: `第${l}镇履行职责事项清单`,
      division: { code, name: `第${l}镇`, level: 'township' },
      issuer: { name: '某县人民政府' },
      issued: '2024-11-26',
      status: 'published',
      offices,
      departments: [],
      duties: list,
    };
  }
}
