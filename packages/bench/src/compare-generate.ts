import type { Duty, DutyList } from '@qingdan/core';
import { Converter } from 'opencc-js/cn2t';
import { seededRandom } from './random.js';

const objects = [
  '农村危房',
  '森林防火',
  '安全生产',
  '防汛抗旱',
  '传染病',
  '最低生活保障',
  '特困人员',
  '征兵',
  '人民调解',
  '村民委员会选举',
  '耕地',
  '秸秆禁烧',
  '适龄儿童入学',
  '食品安全',
  '殡葬',
  '地质灾害',
  '森林病虫害',
  '违法建设',
  '河湖长制',
  '残疾人补贴',
  '退役军人',
  '集体资产',
  '人口监测',
  '农业技术',
  '农机安全',
  '燃气安全',
  '消防安全',
  '道路交通安全',
  '校园周边安全',
  '养老服务',
  '临时救助',
  '医疗保障',
  '就业服务',
  '社会保险',
  '流动人口',
  '出租房屋',
  '矛盾纠纷',
  '信访',
  '网格化管理',
  '综治中心',
  '文物保护',
  '传统村落',
  '公共文化',
  '全民健身',
  '旅游市场',
  '招商引资',
  '企业服务',
  '统计调查',
  '土地征收',
  '宅基地',
  '农田水利',
  '饮用水水源',
  '畜禽养殖污染',
  '生活垃圾',
  '厕所改造',
  '村庄规划',
  '建筑工地',
  '自建房',
  '城镇燃气',
  '防震减灾',
  '气象灾害',
  '动物防疫',
  '农产品质量',
  '种子市场',
];
const actions = [
  '监督检查',
  '日常巡查',
  '隐患排查',
  '宣传教育',
  '信息报送',
  '应急处置',
  '申请受理',
  '审核',
  '登记',
  '统计',
  '服务保障',
  '整治',
  '调查处理',
  '协调',
  '管理',
  '监测',
  '培训',
  '考核',
];
const instruments: [full: string, short: string][] = [
  ['中华人民共和国安全生产法', '安全生产法'],
  ['中华人民共和国城乡规划法', '城乡规划法'],
  ['中华人民共和国传染病防治法', '传染病防治法'],
  ['中华人民共和国土地管理法', '土地管理法'],
  ['中华人民共和国大气污染防治法', '大气污染防治法'],
  ['中华人民共和国消防法', '消防法'],
  ['中华人民共和国防洪法', '防洪法'],
  ['中华人民共和国村民委员会组织法', '村民委员会组织法'],
];
const sections = ['basic', 'basic', 'basic', 'cooperating', 'reclaimed'] as const;
const prefixes = ['', '', '负责', '协助', '协助开展', '做好', '配合'];
const suffixes = ['', '', '工作', '等工作'];

interface ConceptSpec {
  readonly names: readonly string[];
  readonly instrument: number;
  readonly article: number;
  readonly section: (typeof sections)[number];
}

/**
 * A catalogue of duty concepts, each with the wordings counties use for it: the plain name, a
 * reworded one, and one in traditional characters.
 */
export function conceptCatalogue(size: number, random: () => number): ConceptSpec[] {
  const toTraditional = Converter({ from: 'cn', to: 't' });
  const out: ConceptSpec[] = [];
  for (let i = 0; i < size; i++) {
    const object = objects[i % objects.length] ?? '';
    const action = actions[Math.floor(i / objects.length) % actions.length] ?? '';
    const round = Math.floor(i / (objects.length * actions.length));
    const plain = `${object}${action}${round > 0 ? `第${round}类` : ''}`;
    const reworded = `${object}相关${action}${round > 0 ? `第${round}类` : ''}`;
    out.push({
      names: [plain, reworded, toTraditional(plain)],
      instrument: Math.floor(random() * instruments.length),
      article: 1 + Math.floor(random() * 120),
      section: sections[Math.floor(random() * sections.length)] ?? 'basic',
    });
  }
  return out;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * `count` township lists of `duties` duties each, drawn from a shared catalogue: lists of one
 * county share most of a county core, every list words some items its own way (boilerplate,
 * numbering, traditional characters, rewording, short or full titles) and places a few in
 * another section. Seeded: the same arguments give the same lists.
 */
export function generateLists(count: number, duties: number, seed = 1): DutyList[] {
  const random = seededRandom(seed).next;
  const catalogue = conceptCatalogue(1500, random);
  const lists: DutyList[] = [];
  let core: number[] = [];
  for (let l = 0; l < count; l++) {
    // A county of 15 townships starts a new core of popular concepts.
    if (l % 15 === 0)
      core = Array.from({ length: duties }, () => Math.floor(random() ** 2 * catalogue.length));
    const chosen = new Set<number>();
    while (chosen.size < duties)
      chosen.add(
        random() < 0.8
          ? (core[Math.floor(random() * core.length)] ?? 0)
          : Math.floor(random() * catalogue.length),
      );
    const items: Duty[] = [...chosen].map((c, i): Duty => {
      const spec = catalogue[c] as ConceptSpec;
      const r = random();
      const name =
        r < 0.6
          ? (spec.names[0] ?? '')
          : r < 0.8
            ? `${i + 1}、${pick(prefixes, random)}${spec.names[0]}${pick(suffixes, random)}`
            : r < 0.9
              ? (spec.names[1] ?? '')
              : (spec.names[2] ?? '');
      const [full, short] = instruments[spec.instrument] ?? ['', ''];
      const base = {
        key: `K${i + 1}`,
        name,
        legalBases: [
          {
            instrument: { title: random() < 0.5 ? full : short },
            provisions: [{ article: spec.article }],
          },
        ],
        offices: [],
      };
      const section = random() < 0.05 ? pick(sections, random) : spec.section;
      if (section === 'basic') return { section, ...base };
      if (section === 'cooperating') return { section, ...base, leadDepartments: ['d'] };
      return { section, ...base, receivingDepartments: ['d'], reclaimReasons: [] };
    });
    lists.push({
      id: `list-${l}`,
      kind: 'township',
      title: `第${l}镇履行职责事项清单`,
      division: { code: String(421000000 + l), name: `第${l}镇`, level: 'township' },
      issuer: { name: '县人民政府' },
      status: 'draft',
      offices: [],
      departments: [],
      duties: items,
    });
  }
  return lists;
}
