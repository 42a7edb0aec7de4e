import type { Issue } from '../issues/issue.js';
import { parseCitations } from '../legal/parse-citations.js';
import type { LegalBasis } from '../model/legal-basis.js';

/**
 * Legal bases made from a text, with what the citation parser had to say about it: an open
 * ending such as 等法律法规, a rank it could not tell, a provision it could not read. Text that
 * is not a citation at all comes back as `{ text }` and is left to invariant 5's check, so it is
 * reported once.
 *
 * @example
 * ```ts
 * const { bases, issues } = resolveLegalBasisText('《消防法》等法律法规');
 * issues.map((i) => i.code); // ['citation-open-ended']
 * ```
 */
export function resolveLegalBasisText(text: string): { bases: LegalBasis[]; issues: Issue[] } {
  const parsed = parseCitations(text);
  const issues = parsed.issues
    .filter((i) => i.code !== 'citation-unparsed')
    .map((i): Issue => ({ ...i, severity: 'warning' }));
  return { bases: basesOf(text, parsed), issues };
}

/**
 * Turns legal-basis text, as a list file or a spreadsheet cell gives it, into legal bases: each
 * citation found becomes a structured basis (with the citation text as published), and each
 * stretch of text between citations that is not one stays whole as `{ text }`, so that nothing
 * is dropped and invariant 5's check reports it.
 *
 * @example
 * ```ts
 * legalBasesFromText('有关法律法规'); // [{ text: '有关法律法规' }]
 * legalBasesFromText('《消防法》第三十一条')[0]; // { citation: '《消防法》第三十一条', instrument: { title: '中华人民共和国消防法', … }, provisions: [{ article: 31 }] }
 * ```
 */
export function legalBasesFromText(text: string): LegalBasis[] {
  return basesOf(text, parseCitations(text));
}

function basesOf(
  text: string,
  { pieces, citations }: ReturnType<typeof parseCitations>,
): LegalBasis[] {
  if (citations.length === 0) return [{ text }];
  const bases: LegalBasis[] = [];
  let from = -1;
  let to = -1;
  const flush = () => {
    const rest = from >= 0 ? text.slice(from, to).trim() : '';
    if (rest !== '') bases.push({ text: rest });
    from = -1;
  };
  for (const piece of pieces) {
    if (piece.kind === 'citation') {
      flush();
      bases.push(piece.basis);
    } else if (piece.kind === 'unparsed') {
      if (from < 0) from = piece.span[0];
      to = piece.span[1];
    }
  }
  flush();
  return bases;
}
