import type { LegalRank } from '../codes/legal-ranks.js';

/**
 * An instrument the parser knows by name: its official title, rank and other names.
 *
 * @example
 * ```ts
 * const k: KnownInstrument = { title: '中华人民共和国村民委员会组织法', rank: 'law', shortTitle: '村民委员会组织法', aliases: ['村委会组织法'] };
 * ```
 */
export interface KnownInstrument {
  readonly title: string;
  readonly rank: LegalRank;
  /** The short title lists most often write; by default the title without 中华人民共和国. */
  readonly shortTitle?: string;
  /** Other names counties use for it, besides the short title. */
  readonly aliases?: readonly string[];
}

const prc = '中华人民共和国';

const laws = [
  '安全生产法',
  '消防法',
  '传染病防治法',
  '突发事件应对法',
  '防洪法',
  '防震减灾法',
  '森林法',
  '草原法',
  '土地管理法',
  '城乡规划法',
  '环境保护法',
  '大气污染防治法',
  '水污染防治法',
  '固体废物污染环境防治法',
  '土壤污染防治法',
  '噪声污染防治法',
  '环境噪声污染防治法',
  '水法',
  '水土保持法',
  '野生动物保护法',
  '动物防疫法',
  '农产品质量安全法',
  '食品安全法',
  '农业法',
  '种子法',
  '农村土地承包法',
  '村民委员会组织法',
  '城市居民委员会组织法',
  '地方各级人民代表大会和地方各级人民政府组织法',
  '治安管理处罚法',
  '人民调解法',
  '道路交通安全法',
  '行政处罚法',
  '行政许可法',
  '行政强制法',
  '老年人权益保障法',
  '未成年人保护法',
  '妇女权益保障法',
  '残疾人保障法',
  '兵役法',
  '国防教育法',
  '义务教育法',
  '人口与计划生育法',
  '母婴保健法',
  '基本医疗卫生与健康促进法',
  '社会保险法',
  '劳动法',
  '劳动合同法',
  '就业促进法',
  '统计法',
  '档案法',
  '保守国家秘密法',
  '文物保护法',
  '公共文化服务保障法',
  '非物质文化遗产法',
  '乡村振兴促进法',
  '畜牧法',
  '渔业法',
  '矿产资源法',
  '建筑法',
  '城市房地产管理法',
  '公路法',
  '反家庭暴力法',
  '禁毒法',
  '国家安全法',
  '民法典',
  '宪法',
  '退役军人保障法',
  '慈善法',
  '长江保护法',
  '黄河保护法',
  '湿地保护法',
  '生物安全法',
  '英雄烈士保护法',
  '家庭教育促进法',
  '法律援助法',
  '数据安全法',
  '个人信息保护法',
  '反电信网络诈骗法',
  '粮食安全保障法',
  '农民专业合作社法',
  '特种设备安全法',
  '消费者权益保护法',
  '产品质量法',
  '广告法',
  '价格法',
  '预算法',
  '审计法',
  '监察法',
  '公务员法',
  '国防法',
  '人民防空法',
  '气象法',
  '防沙治沙法',
  '清洁生产促进法',
  '循环经济促进法',
  '节约能源法',
  '可再生能源法',
  '职业病防治法',
  '精神卫生法',
  '献血法',
  '药品管理法',
  '疫苗管理法',
  '执业医师法',
  '医师法',
  '体育法',
  '教育法',
  '民办教育促进法',
  '行政复议法',
  '行政诉讼法',
  '国家赔偿法',
  '农业技术推广法',
  '农业机械化促进法',
  '土地承包经营纠纷调解仲裁法',
  '反不正当竞争法',
  '电子商务法',
  '旅游法',
  '网络安全法',
  '突发公共卫生事件应对法',
] as const;

/** Laws whose short name is not just the title without 中华人民共和国. */
const lawAliases: Readonly<Record<string, readonly string[]>> = {
  地方各级人民代表大会和地方各级人民政府组织法: ['地方组织法'],
  村民委员会组织法: ['村委会组织法'],
  城市居民委员会组织法: ['居委会组织法'],
  固体废物污染环境防治法: ['固废法'],
  环境保护法: ['环保法'],
  治安管理处罚法: ['治安处罚法'],
};

/** Administrative regulations whose official title begins with 中华人民共和国. */
const prcRegulations = [
  '防汛条例',
  '抗旱条例',
  '土地管理法实施条例',
  '森林法实施条例',
  '水土保持法实施条例',
  '野生植物保护条例',
  '陆生野生动物保护实施条例',
  '河道管理条例',
  '道路交通安全法实施条例',
  '统计法实施条例',
  '档案法实施条例',
  '政府信息公开条例',
  '传染病防治法实施办法',
  '食品安全法实施条例',
  '草原防火条例',
  '森林防火条例',
  '渔业法实施细则',
  '矿产资源法实施细则',
  '文物保护法实施条例',
  '水生野生动物保护实施条例',
] as const;

/** Administrative regulations titled without 中华人民共和国. */
const regulations = [
  '生产安全事故应急条例',
  '生产安全事故报告和调查处理条例',
  '村庄和集镇规划建设管理条例',
  '公共场所卫生管理条例',
  '突发公共卫生事件应急条例',
  '殡葬管理条例',
  '地质灾害防治条例',
  '农田水利条例',
  '基本农田保护条例',
  '重大动物疫情应急条例',
  '兽药管理条例',
  '农药管理条例',
  '饲料和饲料添加剂管理条例',
  '畜禽规模养殖污染防治条例',
  '城市市容和环境卫生管理条例',
  '城镇排水与污水处理条例',
  '物业管理条例',
  '国有土地上房屋征收与补偿条例',
  '建设工程质量管理条例',
  '建设工程安全生产管理条例',
  '烟花爆竹安全管理条例',
  '危险化学品安全管理条例',
  '特种设备安全监察条例',
  '社会救助暂行办法',
  '城市居民最低生活保障条例',
  '农村五保供养工作条例',
  '军人抚恤优待条例',
  '退役士兵安置条例',
  '征兵工作条例',
  '民兵工作条例',
  '全国人口普查条例',
  '全国农业普查条例',
  '残疾预防和残疾人康复条例',
  '婚姻登记条例',
  '宗教事务条例',
  '志愿服务条例',
  '法律援助条例',
  '医疗纠纷预防和处理条例',
  '水库大坝安全管理条例',
  '取水许可和水资源费征收管理条例',
  '气象灾害防御条例',
  '人工影响天气管理条例',
  '自然灾害救助条例',
  '保安服务管理条例',
  '娱乐场所管理条例',
  '营业性演出管理条例',
  '公共文化体育设施条例',
  '安全生产许可证条例',
  '工伤保险条例',
  '保障农民工工资支付条例',
  '优化营商环境条例',
  '行政区域界线管理条例',
  '地名管理条例',
  '土地调查条例',
  '地方志工作条例',
  '无证无照经营查处办法',
  '企业信息公示暂行条例',
  '信访条例',
  '国务院关于特大安全事故行政责任追究的规定',
  '乡村医生从业管理条例',
  '病原微生物实验室生物安全管理条例',
  '消耗臭氧层物质管理条例',
  '大中型水利水电工程建设征地补偿和移民安置条例',
  '长江河道采砂管理条例',
  '森林病虫害防治条例',
  '植物检疫条例',
  '农业转基因生物安全管理条例',
  '血吸虫病防治条例',
  '艾滋病防治条例',
  '国内交通卫生检疫条例',
  '学校卫生工作条例',
  '校车安全管理条例',
] as const;

const partyRegulations = [
  '中国共产党农村基层组织工作条例',
  '中国共产党支部工作条例(试行)',
  '中国共产党纪律处分条例',
  '中国共产党问责条例',
  '中国共产党党员教育管理工作条例',
  '中国共产党机构编制工作条例',
  '中国共产党农村工作条例',
  '中国共产党组织工作条例',
  '中国共产党党内监督条例',
  '信访工作条例',
  '党政领导干部生态环境损害责任追究办法(试行)',
  '地方党政领导干部安全生产责任制规定',
  '中国共产党地方委员会工作条例',
  '中国共产党党组工作条例',
  '中国共产党宣传工作条例',
  '中国共产党政法工作条例',
  '中国共产党统一战线工作条例',
  '中国共产党基层组织选举工作条例',
  '中央生态环境保护督察工作规定',
  '地方党政领导干部食品安全责任制规定',
] as const;

const departmentalRules = [
  '农村公路养护管理办法',
  '中小学幼儿园安全管理办法',
  '生产安全事故应急预案管理办法',
  '生产经营单位安全培训规定',
  '安全生产违法行为行政处罚办法',
  '城市生活垃圾管理办法',
  '建筑工程施工许可管理办法',
  // 公安部令第120号: fire lists cite it alone, with no marks and no article
  '消防监督检查规定',
] as const;

function entries(): KnownInstrument[] {
  const list: KnownInstrument[] = [];
  for (const name of laws) {
    const aliases = lawAliases[name];
    list.push({
      title: prc + name,
      rank: 'law',
      shortTitle: name,
      ...(aliases ? { aliases } : {}),
    });
  }
  for (const name of prcRegulations)
    list.push({ title: prc + name, rank: 'administrative-regulation', shortTitle: name });
  for (const name of regulations) list.push({ title: name, rank: 'administrative-regulation' });
  for (const name of partyRegulations) list.push({ title: name, rank: 'party-regulation' });
  for (const name of departmentalRules) list.push({ title: name, rank: 'departmental-rule' });
  return list;
}

/**
 * The laws, regulations and rules townships cite most, with their official titles and ranks:
 * the table that turns `传染病防治法` into `中华人民共和国传染病防治法`.
 *
 * @example
 * ```ts
 * knownInstruments.find((k) => k.shortTitle === '传染病防治法')?.title; // '中华人民共和国传染病防治法'
 * ```
 */
export const knownInstruments: readonly KnownInstrument[] = entries();
