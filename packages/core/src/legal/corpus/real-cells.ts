import { readFileSync } from 'node:fs';
import type { Provision } from '../../model/legal-basis.js';
import { instrumentKey } from '../instrument-key.js';
import { parseCitations } from '../parse-citations.js';

/** One real legal-basis cell: where it was published and what a reader takes it to cite. */
export interface RealCell {
  /** The address of the public page the cell was copied from. */
  readonly source: string;
  readonly province: string;
  /** The kind of list the page publishes, e.g. 双随机抽查事项清单. */
  readonly list: string;
  /** The cell, character for character as the page has it. */
  readonly text: string;
  /** Each cited instrument in order; provisions as `12 4.2.5 19..3` (article.paragraph.item). */
  readonly citations: readonly { readonly title: string; readonly provisions: string }[];
  /**
   * Set on cells kept out of tuning: chosen by page address when the cell was added, before the
   * parser ran on it, and scored on their own so the figure says how the parser does on text it
   * was not fitted to.
   */
  readonly heldOut?: true;
}

/** The cells, as the fixture keeps them. */
export function readRealCells(): RealCell[] {
  const url = new URL('../../../test/fixtures/citations/real-cells.json', import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as RealCell[];
}

/** `12 4.2.5 19..3` as provisions. */
export function provisionsOf(text: string): Provision[] {
  return text
    .split(' ')
    .filter((x) => x !== '')
    .map((p) => {
      const [a, b, c] = p.split('.');
      const out: { article: number; paragraph?: number; item?: number } = { article: Number(a) };
      if (b) out.paragraph = Number(b);
      if (c) out.item = Number(c);
      return out;
    });
}

const provisionText = (ps: readonly Provision[]): string =>
  ps
    .map((p) => [p.article, p.paragraph ?? '', p.item ?? ''].join('.').replace(/\.+$/, ''))
    .join(' ');

/** What the parser gives for a cell, in the corpus's terms: instrument key and provisions. */
export function parsedStructure(text: string): string[] {
  return parseCitations(text).citations.map((c) => `${c.key}|${provisionText(c.basis.provisions)}`);
}

/** What the corpus expects for a cell, in the same terms. */
export function expectedStructure(cell: RealCell): string[] {
  return cell.citations.map(
    (c) => `${instrumentKey({ title: c.title })}|${provisionText(provisionsOf(c.provisions))}`,
  );
}

/** Forms a cell is written in, told from its text alone, to score the parser form by form. */
export function cellForms(text: string): string[] {
  const n = '[一二三四五六七八九十百零〇两\\d]+';
  const forms: string[] = [];
  if (/【[^】]{1,8}】/.test(text) || /^[^【]{0,4}(法律|法规|规章)】/.test(text))
    forms.push('rank-tag');
  if (new RegExp(`条[^《》;；]{12,}第${n}条`).test(text)) forms.push('after-quote');
  if (new RegExp(`${n}[、,至到\\-—~]\\s*(第)?${n}(条|款)`).test(text)) forms.push('shared-unit');
  if (/令|号|〔|﹝|\[\d{4}\]|【\d{4}】/.test(text)) forms.push('document-number');
  if (/名称[:：]|条款号/.test(text)) forms.push('labelled');
  if (/[〈<《][^》〉>]*[〈<][^》〉>]*[〉>]/.test(text)) forms.push('nested');
  if (new RegExp(`${n}章|之${n}|同上`).test(text)) forms.push('chapter-or-inserted');
  if (/[條項國華處]/.test(text)) forms.push('traditional');
  if (!/《/.test(text) && /第/.test(text)) forms.push('bare-title');
  if (forms.length === 0) forms.push('plain');
  return forms;
}

/** How many cells the parser structures exactly, in all and by list and by form. */
export interface RealCellScore {
  readonly exact: number;
  readonly total: number;
  readonly byList: Record<string, readonly [exact: number, total: number]>;
  readonly byForm: Record<string, readonly [exact: number, total: number]>;
  readonly failures: readonly { cell: RealCell; got: string[]; want: string[] }[];
}

/** Scores the parser on the cells: a cell counts when every instrument and provision matches. */
export function scoreRealCells(cells: readonly RealCell[]): RealCellScore {
  const byList: Record<string, [number, number]> = {};
  const byForm: Record<string, [number, number]> = {};
  const failures: { cell: RealCell; got: string[]; want: string[] }[] = [];
  let exact = 0;
  for (const cell of cells) {
    const got = parsedStructure(cell.text);
    const want = expectedStructure(cell);
    const ok = got.length === want.length && got.every((g, i) => g === want[i]);
    if (ok) exact++;
    else failures.push({ cell, got, want });
    for (const [table, key] of [
      [byList, cell.list],
      ...cellForms(cell.text).map((f) => [byForm, f] as const),
    ] as const) {
      const row = table[key] ?? [0, 0];
      table[key] = [row[0] + (ok ? 1 : 0), row[1] + 1];
    }
  }
  return { exact, total: cells.length, byList, byForm, failures };
}
