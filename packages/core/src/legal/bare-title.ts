import { findKnownInstrument, isLawTitle, mayEndTitle } from './instrument-title.js';
import { isNumeralChar } from './numerals.js';
import { placeLevel } from './place.js';
import { ch, isIdeograph, isQuoteMark, skipSpaces } from './scan-chars.js';

/** A title written without 《》, and where it ends. */
export interface BareTitle {
  readonly title: string;
  readonly end: number;
}

/**
 * Words after a title that say "as it provides" and are not part of it.
 *
 * @example
 * ```ts
 * provideWords.includes('的有关规定'); // true
 * ```
 */
export const provideWords = [
  '的有关规定',
  '的相关规定',
  '有关规定',
  '相关规定',
  '的规定',
  '之规定',
  '规定',
];
/** After 等 these words make an open-ended reference, not part of a title. */
const afterDeng = ['法律', '法规', '有关', '相关', '规定', '文件', '政策', '规章'];
/** Characters that appear in sentences about the law but not in titles. */
const notInTitles = new Set(
  '本应由对向被将把的其可不须依违负给已请要该'.split('').map((c) => c.charCodeAt(0)),
);

/**
 * Laws and regulations are named so that a title alone says what it is; a 办法 or 规定 without
 * marks is only taken for a title when it begins with the place that made it, since sentences
 * such as 上级部门规定 end the same way.
 */
function endsWithInstrumentWord(t: string): boolean {
  if (isLawTitle(t) || t.endsWith('条例') || t.endsWith('实施细则') || t.endsWith('实施办法'))
    return true;
  return (
    (t.endsWith('办法') || t.endsWith('细则') || t.endsWith('规则') || t.endsWith('规定')) &&
    placeLevel(t) !== undefined
  );
}

/** Whether a numeral (or a bracket before one) follows 第, spaces aside. */
function startsProvision(s: string, p: number): boolean {
  const c = s.charCodeAt(skipSpaces(s, p));
  return isNumeralChar(c) || c === ch.lparen;
}

/** Cuts a run of text to the title it starts with, or undefined. */
function titleOf(run: string): string | undefined {
  const sanding = run.indexOf('三定');
  if (sanding >= 0) {
    for (const w of ['规定', '方案']) {
      const k = run.indexOf(w, sanding + 2);
      if (k >= 0) return run.slice(0, k + w.length);
    }
    return undefined;
  }
  if (findKnownInstrument(run)) return run;
  for (const w of provideWords)
    if (run.endsWith(w)) {
      const rest = run.slice(0, -w.length);
      if (findKnownInstrument(rest) || (endsWithInstrumentWord(rest) && !rest.endsWith('规定'))) {
        run = rest;
        break;
      }
    }
  if (findKnownInstrument(run)) return run;
  // two titles joined by 和 or 与 with no marks: take the first when the table knows it
  for (let k = 2; k < run.length - 2; k++) {
    const c = run[k];
    if ((c === '和' || c === '与' || c === '及') && findKnownInstrument(run.slice(0, k)))
      return run.slice(0, k);
  }
  // 山西省人民政府常务委员会关于禁止野外用火的决定: a place's decision or notice, by its form
  if (
    (run.endsWith('的决定') || run.endsWith('的通知')) &&
    run.includes('关于') &&
    placeLevel(run) !== undefined
  )
    return run;
  if (run.length < 3 || !endsWithInstrumentWord(run)) return undefined;
  for (let k = 0; k < run.length; k++) if (notInTitles.has(run.charCodeAt(k))) return undefined;
  return run;
}

/**
 * A title written without 《》 at `p`: a known instrument (安全生产法), the “三定” 规定, or a run
 * of ideographs ending in 法, 条例, 办法, 规定, 细则 or 规则 with no words that only sentences
 * have (本, 应, 由 …). Undefined when there is none.
 *
 * @example
 * ```ts
 * bareTitleAt('依据安全生产法第九条', 2); // { title: '安全生产法', end: 7 }
 * ```
 */
export function bareTitleAt(s: string, p: number): BareTitle | undefined {
  const c = s.charCodeAt(p);
  if (!isIdeograph(c) && !isQuoteMark(c)) return undefined;
  // The run, and on the same pass whether any of its characters may end a title: every title
  // ends in a character of a known title or in 法, 条例, 规定 and the like, so a run of quoted
  // text with none of them (乡、民族乡、镇的人民政府……) is no title, and costs no slice.
  let end = p;
  let may = false;
  while (end < s.length && end - p < 60) {
    const d = s.charCodeAt(end);
    if (!isIdeograph(d) && !isQuoteMark(d)) break;
    if (d === ch.di && startsProvision(s, end + 1)) break;
    if (d === ch.deng && afterDeng.some((w) => s.startsWith(w, end + 1))) break;
    // 及其实施细则 and the like end the title; only a 及 can begin them
    if (d === 0x53ca && (s.startsWith('及其实施', end) || s.startsWith('及实施', end))) break;
    may ||= mayEndTitle(d);
    end++;
  }
  if (end - p < 2) return undefined;
  for (const trial of ['(试行)', '(暂行)'])
    if (s.startsWith(trial, end) && findKnownInstrument(s.slice(p, end) + trial))
      return { title: s.slice(p, end) + trial, end: end + trial.length };
  if (!may) return undefined;
  const title = titleOf(s.slice(p, end));
  return title ? { title, end: p + title.length } : undefined;
}
