import { formatNumeral, knownInstruments } from '@qingdan/core';
import { seededRandom } from './random.js';

const local = [
  '湖北省安全生产条例',
  '天津市大气污染防治条例',
  '重庆市安全生产条例',
  '湖北省殡葬管理办法',
];
const quotes = [
  '违反规定，由县级以上人民政府责令改正。',
  '乡、民族乡、镇的人民政府对村民委员会的工作给予指导、支持和帮助。',
  '县级以上人民政府应当加强对防洪工作的统一领导。',
  '（一）组织护林；（二）防火。',
];
const traditional: Readonly<Record<string, string>> = {
  条: '條',
  项: '項',
  国: '國',
  华: '華',
  务: '務',
};

/**
 * Cells of legal-basis text as lists publish them, generated from a seed: one to three
 * citations each, numbered or not, short or full titles, editions, document numbers, provisions
 * in Chinese or Arabic numerals, ranges, quotes, some in traditional characters or full-width.
 *
 * @example
 * ```ts
 * const cells = citationCells(100_000, 2024);
 * ```
 */
export function citationCells(count: number, seed: number): string[] {
  const r = seededRandom(seed);
  const titles = [
    ...knownInstruments.map((k) => k.shortTitle ?? k.title),
    ...knownInstruments.map((k) => k.title),
    ...local,
  ];
  const number = (n: number, arabic: boolean) => (arabic ? String(n) : formatNumeral(n));
  const citation = (): string => {
    const arabic = r.chance(0.2);
    let out = r.chance(0.9) ? `《${r.pick(titles)}》` : r.pick(titles);
    if (r.chance(0.15)) out += `（${r.int(1990, 2024)}年${r.pick(['修正', '修订', '施行'])}）`;
    if (r.chance(0.08)) out += `(${r.int(1990, 2024)}年国务院令第${r.int(1, 800)}号)`;
    const provisions = r.int(0, 3);
    const parts: string[] = [];
    for (let i = 0; i < provisions; i++) {
      let p = `第${number(r.int(1, 300), arabic)}条`;
      if (r.chance(0.3)) p += `第${number(r.int(1, 6), arabic)}款`;
      if (r.chance(0.15)) p += `第${number(r.int(1, 12), arabic)}项`;
      parts.push(p);
    }
    if (r.chance(0.05)) parts.push(`第${number(20, arabic)}条至第${number(22, arabic)}条`);
    out += parts.join('、');
    if (r.chance(0.2)) out += ` ${r.pick(quotes)}`;
    return out;
  };
  const cells: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = r.int(1, 3);
    const numbered = n > 1 && r.chance(0.6);
    const parts: string[] = [];
    for (let j = 0; j < n; j++) parts.push((numbered ? `${j + 1}、` : '') + citation());
    let cell = parts.join(r.pick(['；', '\n', '；\n']));
    if (r.chance(0.05)) cell += '等法律法规';
    if (r.chance(0.1)) cell = [...cell].map((c) => traditional[c] ?? c).join('');
    if (r.chance(0.1))
      cell = cell.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    cells.push(cell);
  }
  return cells;
}
