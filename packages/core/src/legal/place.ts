/** The level of the place an instrument's title begins with. */
export type PlaceLevel = 'province' | 'city' | 'county';

const provinces = [
  '北京市',
  '天津市',
  '上海市',
  '重庆市',
  '河北省',
  '山西省',
  '辽宁省',
  '吉林省',
  '黑龙江省',
  '江苏省',
  '浙江省',
  '安徽省',
  '福建省',
  '江西省',
  '山东省',
  '河南省',
  '湖北省',
  '湖南省',
  '广东省',
  '海南省',
  '四川省',
  '贵州省',
  '云南省',
  '陕西省',
  '甘肃省',
  '青海省',
  '台湾省',
  '内蒙古自治区',
  '广西壮族自治区',
  '西藏自治区',
  '宁夏回族自治区',
  '新疆维吾尔自治区',
];
/** Words with 市 or 县 in them that are not places. */
const notPlaceBefore = ['城市', '都市', '超市', '门市', '上市', '集镇', '城镇', '乡镇', '城乡'];
const notPlaceAfter = [
  '市场',
  '市容',
  '市政',
  '市民',
  '县级',
  '县域',
  '县乡',
  '县直',
  '乡村',
  '乡镇',
  '镇村',
];

function isPlaceWord(title: string, at: number): boolean {
  const before = title.slice(at - 1, at + 1);
  const after = title.slice(at, at + 2);
  return !notPlaceBefore.includes(before) && !notPlaceAfter.includes(after);
}

/**
 * The level of the place a title begins with, if it begins with one: a province (湖北省…), a
 * city (黄冈市…) or a county, district or township (黄梅县…, 五祖镇…). Only provinces and
 * cities make regulations and rules; what a county issues is a normative document.
 *
 * @example
 * ```ts
 * placeLevel('湖北省安全生产条例'); // 'province'
 * placeLevel('城市市容和环境卫生管理条例'); // undefined
 * ```
 */
export function placeLevel(title: string): PlaceLevel | undefined {
  if (provinces.some((p) => title.startsWith(p))) return 'province';
  if (title.startsWith('中华人民共和国') || title.startsWith('关于') || title.startsWith('国务院'))
    return undefined;
  for (let i = 1; i <= 6 && i < title.length; i++) {
    const c = title[i];
    if ((c === '县' || c === '旗' || c === '镇' || c === '乡') && isPlaceWord(title, i))
      return 'county';
    if (c === '区' && i >= 2 && title.slice(i - 2, i + 1) !== '自治区' && isPlaceWord(title, i)) {
      if (title.slice(0, i).includes('市')) return 'county';
    }
    if (c === '市' && i >= 2 && isPlaceWord(title, i)) {
      const rest = title.slice(i + 1, i + 8);
      return /^.{1,4}?(县|区|镇|乡|街道)/.test(rest) && !/^(城市|市场)/.test(rest)
        ? 'county'
        : 'city';
    }
  }
  return undefined;
}
