import { formatNumeral, knownInstruments } from '@qingdan/core';
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
  '地质灾害',
  '饮用水水源',
  '燃气安全',
  '退役军人',
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
const domains = [
  'party-building',
  'economic-development',
  'livelihood-services',
  'public-safety-rule-of-law',
];
const powers = [
  'administrative-inspection',
  'administrative-penalty',
  'other-administrative-power',
];
const offices = [
  { key: 'dzzh', name: '党政综合办公室' },
  { key: 'jjfz', name: '经济发展服务办公室' },
  { key: 'shsw', name: '社会事务办公室' },
  { key: 'pajs', name: '平安建设办公室' },
];
const departments = [
  { key: 'yjj', name: '某县应急管理局' },
  { key: 'zjj', name: '某县住房和城乡建设局' },
  { key: 'lyj', name: '某县林业局' },
];
const notes = [
  '与县直部门共同实施，按季度报送工作情况。',
  '由村（社区）协助开展，镇级统筹。',
  '',
  '',
];

/**
 * The content of one list file as a 100,000-row spreadsheet import leaves it: one list of
 * `duties` duties of the township and reclaimed sections, each with a description, a domain, a
 * power category, its offices or departments, legal bases as the text of a cell (one or two
 * citations of known laws, so the citation parser structures them without warnings) and a
 * remark column. Seeded: the same arguments give the same data. The list is valid and published,
 * so reading it gives no issue at all.
 *
 * @example
 * ```ts
 * await writeFile('big.json', JSON.stringify(largeListData(100_000), null, 2));
 * ```
 */
export function largeListData(duties: number, seed = 1): Record<string, unknown> {
  const r = seededRandom(seed);
  const laws = knownInstruments.filter((k) => k.shortTitle !== undefined).slice(0, 20);
  const citation = () =>
    `《${r.pick(laws).title}》第${formatNumeral(r.int(1, 60))}条${r.chance(0.3) ? `第${formatNumeral(r.int(1, 4))}款` : ''}`;
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < duties; i++) {
    const name = `${r.pick(objects)}${r.pick(actions)}`;
    const reclaimed = r.chance(0.1);
    const note = r.pick(notes);
    items.push({
      section: reclaimed ? 'reclaimed' : 'basic',
      key: `${reclaimed ? 'SH' : 'JB'}-${String(i + 1).padStart(6, '0')}`,
      number: String(i + 1),
      name: `${name}（第${i + 1}项）`,
      description: `依法开展辖区内${name}工作，建立工作台账，发现问题及时处置并向县级主管部门报告。`,
      domain: r.pick(domains),
      powerCategory: r.pick(powers),
      legalBases: [r.chance(0.3) ? `${citation()}；${citation()}` : citation()],
      ...(reclaimed
        ? {
            receivingDepartments: [r.pick(departments).key],
            reclaimReasons: ['highly-specialised'],
          }
        : { offices: [r.pick(offices).key] }),
      ...(note ? { extraColumns: [{ header: '备注', value: note }] } : {}),
    });
  }
  return {
    id: 'large-import-2025',
    kind: 'township',
    title: '某镇履行职责事项清单（导入）',
    division: { code: '421127104', name: '某镇', level: 'township' },
    issuer: { name: '某县人民政府' },
    issued: '2025-01-01',
    status: 'published',
    offices,
    departments,
    duties: items,
  };
}
