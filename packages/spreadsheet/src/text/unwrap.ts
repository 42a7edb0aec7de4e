import { splitBodies } from './split-bodies.js';

/** How the name of a body ends: 办公室, 局, 中心, 政府, 委员会, 派出所 … */
const bodyEnding =
  /(办公室|办|局|中心|政府|委员会|委|所|站|队|科|室|处|部|部门|院|会|组|社|公司|机构|单位|街道|乡|镇|村|社区)[)）]?$/;
/** A line that begins a numbered item: `1.`, `2、`, `（三）`, `(4)`. */
const numberedLine = /^\s*([(（]?[一二三四五六七八九十\d]+[)）、.．]|[①-⑳])/;

/**
 * A cell naming bodies, with its hard wraps undone: a line break the text was wrapped at inside a
 * name (`乡镇\n人民\n政府`) joins the lines; a break between names is kept as a separator. The
 * text says a break is a separator when every line but the last ends as a body's name does
 * (`党建工作办公室\n平安建设办公室`), or when it holds separators of its own anyway.
 *
 * @example
 * ```ts
 * unwrapBodies('乡镇\n人民\n政府'); // ['乡镇人民政府']
 * unwrapBodies('党建工作办公室\n平安建设办公室'); // ['党建工作办公室', '平安建设办公室']
 * ```
 */
export function unwrapBodies(cell: string): string[] {
  const lines = cell
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length <= 1) return splitBodies(cell);
  const separate = lines.slice(0, -1).every((l) => bodyEnding.test(l) || /[、，,；;/／]$/.test(l));
  return splitBodies(separate ? lines.join('\n') : lines.join(''));
}

/**
 * A name cell with its hard wraps undone: its lines joined, unless they are numbered items of
 * their own, which the text marks as separate.
 *
 * @example
 * ```ts
 * unwrapName('对未按规定设置防火间\n距的处罚'); // '对未按规定设置防火间距的处罚'
 * ```
 */
export function unwrapName(cell: string): string {
  const lines = cell.split('\n');
  if (lines.length <= 1) return cell;
  if (lines.slice(1).some((l) => numberedLine.test(l))) return cell;
  return lines.map((l) => l.trim()).join('');
}
