import { type Issue, makeIssue } from '../issues/issue.js';
import type { IssueCode } from '../issues/issue-code.js';
import type { IssueParams } from '../issues/messages.js';
import type { Provision, StructuredLegalBasis } from '../model/legal-basis.js';
import { bareTitleAt, provideWords } from './bare-title.js';
import type {
  CitationParse,
  CitationPiece,
  CitationSeparator,
  ParsedCitation,
  Span,
  UnparsedText,
} from './citation.js';
import { type DescribedInstrument, describeInstrument } from './describe-instrument.js';
import { isDocumentNumber, normaliseDocumentNumber } from './document-number.js';
import {
  basisLabelEnd,
  fieldLabelEnd,
  labelledTitleEnd,
  mayStartLabel,
  mayStartTag,
  numberLabels,
  provisionLabels,
  rankTagEnd,
} from './field-marks.js';
import { normaliseCitationText } from './normalise.js';
import { isNumeralChar } from './numerals.js';
import { type Notes, readNote } from './parentheticals.js';
import { placeLevel } from './place.js';
import { scanProvisions } from './provisions.js';
import {
  ch,
  codeAt,
  enumeratorEnd,
  isHardSeparator,
  isIdeograph,
  isSoftSeparator,
  isSpace,
  matchParen,
  matchTitle,
  skipSpaces,
  trimmedSlice,
} from './scan-chars.js';

// 据 alone is 根据 shortened (`据《治安管理处罚法》第十二条`); it only leads where a title follows.
const leadWords = ['根据', '依据', '按照', '依照', '参照', '遵照', '据'];
const joinWords = ['以及', '和', '及', '与', '或'];
/** Words after 第…条 that make it a reference within a sentence, not a cited article. */
const referenceWords = ['规定', '的', '之', '所', '中', '至', '到', '和', '或', '及'];
const openEnded = [
  '有关法律法规',
  '相关法律法规',
  '法律法规',
  '法律、法规',
  '有关法律、法规',
  '有关法律',
  '有关法规',
  '相关法规',
  '法规',
  '有关规定',
  '相关规定',
  '规章',
  '文件',
  '政策',
];
const implementing = [
  ['及其实施条例', '实施条例'],
  ['及其实施细则', '实施细则'],
  ['及其实施办法', '实施办法'],
  ['及实施条例', '实施条例'],
  ['及实施细则', '实施细则'],
  ['及实施办法', '实施办法'],
] as const;

/**
 * Whether a bare title with its provisions starts at `p` (劳动合同法第80条). The run of
 * ideographs up to 第 is looked at first, so that quoted text costs no title lookup.
 */
function titleWithProvisionsAt(s: string, p: number): boolean {
  let j = p;
  while (j < s.length && j - p < 40 && s.charCodeAt(j) !== ch.di && isIdeograph(s.charCodeAt(j)))
    j++;
  return s.charCodeAt(j) === ch.di && bareTitleAt(s, p) !== undefined;
}

/** Whether the 号 at `i` is followed by 《 or a space and 《: a document number before a title. */
function numberBeforeTitle(s: string, i: number): boolean {
  const next = s.charCodeAt(i + 1);
  return next === ch.open || (next === 0x20 && s.charCodeAt(i + 2) === ch.open);
}

/** ① … ⒛, ❶ …: numbers that need nothing before them. */
const isCircled = (c: number): boolean =>
  (c >= 0x2460 && c <= 0x249b) || (c >= 0x2776 && c <= 0x2793);

/**
 * The code units any word of any list begins with: most positions start no word, and one table
 * look-up says so before the lists are tried.
 */
let firstCodes: Uint8Array | undefined;

function mayStartWord(c: number): boolean {
  if (!firstCodes) {
    const t = new Uint8Array(0x10000);
    for (const list of [leadWords, joinWords, referenceWords, openEnded, provideWords])
      for (const w of list) t[w.charCodeAt(0)] = 1;
    firstCodes = t;
  }
  // & 0xffff: NaN past the text's end becomes 0, which starts no word, and keeps the read fast
  return firstCodes[c & 0xffff] === 1;
}

/** The length of the word of `words` at `p`, or 0; `words` is one of the lists in {@link mayStartWord}. */
function startsWithAny(s: string, p: number, words: readonly string[]): number {
  const c = codeAt(s, p);
  if (!mayStartWord(c)) return 0;
  for (const w of words) if (w.charCodeAt(0) === c && s.startsWith(w, p)) return w.length;
  return 0;
}

/**
 * Where the 《 of a title stands when a document number is written before it
 * (`国务院令第412号《国务院对确需保留……的决定》`), or -1.
 */
function titleAfterNumberAt(s: string, p: number): number {
  if (!isIdeograph(s.charCodeAt(p))) return -1;
  for (let j = p + 1; j < s.length && j - p < 40; j++) {
    const c = s.charCodeAt(j);
    if (c === ch.open) {
      let e = j;
      while (e > p && isSpace(s.charCodeAt(e - 1))) e--;
      return s.charCodeAt(e - 1) === 0x53f7 && isDocumentNumber(s.slice(p, e)) ? j : -1; // 号
    }
    if (isHardSeparator(c) || c === 0x3001 || c === 0x2c) return -1;
  }
  return -1;
}

/**
 * A title after a 《 that is never closed, when a title the library can tell stands right after
 * it and, after a space, provisions follow (`《中华人民共和国种子法 第三十二条`); otherwise
 * undefined.
 */
function unclosedTitleAt(s: string, p: number): { title: string; end: number } | undefined {
  const bare = bareTitleAt(s, p + 1);
  if (!bare) return undefined;
  // a space must close the title in the mark's stead: 《消防法第三十一条 stays unread
  const q = skipSpaces(s, bare.end);
  return q > bare.end && s.charCodeAt(q) === ch.di && scanProvisions(s, q).provisions.length > 0
    ? bare
    : undefined;
}

/** Whether a title names a certificate or licence (许可证, 营运证, 合格证书), which no instrument does. */
function isCertificate(title: string): boolean {
  let e = title.length;
  while (e > 0 && isSpace(title.charCodeAt(e - 1))) e--;
  const last = title.charCodeAt(e - 1);
  return last === 0x8bc1 || (last === 0x4e66 && title.charCodeAt(e - 2) === 0x8bc1); // 证, 证书
}

/** Whether the text right before `at` (spaces aside) is a word, not a separator or the start. */
function namedInText(s: string, at: number): boolean {
  let b = at;
  while (b > 0 && isSpace(s.charCodeAt(b - 1))) b--;
  const before = s.charCodeAt(b - 1);
  return before >= 0x4e00 && before <= 0x9fff;
}

/** Words an edition note ends with. */
const editionEnd = /(修订|修正|施行|公布|发布|通过|印发)\s*$/;

/**
 * The ) closing an edition note whose ( the cell lost, right after a title
 * (`》根据2016年2月6日……《国务院关于修改部分行政法规的决定》修订)第五条`), or -1. The note
 * must name a year and end in 修订, 修正, 施行 and the like.
 */
function unopenedNoteEnd(s: string, p: number): number {
  const c = codeAt(s, p);
  if (
    c === ch.di ||
    c === ch.open ||
    c === ch.lparen ||
    !(isIdeograph(c) || (c >= 0x30 && c <= 0x39))
  )
    return -1;
  // the note names its year near its start (根据2016年……): quoted text after a title, which
  // is what usually stands here, is left at once
  let year = -1;
  for (let j = p; j < s.length && j - p < 12; j++) {
    const d = s.charCodeAt(j);
    if (d >= 0x30 && d <= 0x39) {
      year = j;
      break;
    }
  }
  if (year < 0) return -1;
  for (let j = p + 1; j < s.length && j - p < 80; j++) {
    const d = s.charCodeAt(j);
    if (d === ch.lparen || d === 0x2c || d === 0x3001 || d === 0x201c || isHardSeparator(d))
      return -1;
    if (d === ch.rparen) {
      const note = s.slice(p, j);
      return /\d{4}\s*年/.test(note) && editionEnd.test(note) ? j : -1;
    }
  }
  return -1;
}

/**
 * A title whose marks also enclose its note (`《军人抚恤优待条例(2024修订)》`): the title
 * without the note, which goes into `notes`; the title as it was when the last bracket says
 * anything else (`《产业结构调整指导目录(2019年本)》`).
 */
function withoutInnerNote(written: string, notes: Notes): string {
  if (written.charCodeAt(written.length - 1) !== ch.rparen) return written;
  const open = written.lastIndexOf('(');
  if (open <= 0) return written;
  return readNote(written.slice(open + 1, -1), notes) ? written.slice(0, open) : written;
}

/**
 * The end of a year written between a title and its note or provisions
 * (`》2011年(国务院……令第602号)`, `》2016年修订 第五条`), or -1.
 */
function yearBeforeNoteEnd(s: string, p: number): number {
  let j = p;
  while (j < s.length && j - p < 4 && s.charCodeAt(j) >= 0x30 && s.charCodeAt(j) <= 0x39) j++;
  if (j - p !== 4) return -1;
  j = skipSpaces(s, j);
  if (s.charCodeAt(j) !== 0x5e74) return -1; // 年
  j++;
  const word = /^(修订|修正|施行|版)/.exec(s.slice(j, j + 2));
  if (word) j += word[0].length;
  const next = s.charCodeAt(skipSpaces(s, j));
  return next === ch.lparen || next === ch.di ? j : -1;
}

/** The end of 第 and a number with no unit after it (`第65`, then the cell or a space ends), or -1. */
function unitlessEnd(s: string, p: number): number {
  if (codeAt(s, p) !== ch.di) return -1;
  let j = skipSpaces(s, p + 1);
  const digits = j;
  while (j < s.length && j - digits < 8 && isNumeralChar(s.charCodeAt(j))) j++;
  if (j === digits) return -1;
  const c = s.charCodeAt(j);
  return j >= s.length || isSpace(c) || c === 0x0a || c === 0x0d || isHardSeparator(c) ? j : -1;
}

/** One scan of one text: the original, its normalised form, and what has been found. */
class Scanner {
  readonly pieces: CitationPiece[] = [];
  readonly citations: ParsedCitation[] = [];
  /** Every piece's issues, in the order of the pieces. */
  readonly issues: Issue[] = [];
  private lastInstrument: DescribedInstrument | undefined;
  /** Whether the text has a number before a title (号《) at all. */
  private readonly mayNumberTitle: boolean;
  /** Where 依据 stands in the text, in order: a basis label can only end in one of them. */
  private readonly basisWords: number[] = [];

  constructor(
    readonly text: string,
    readonly s: string,
  ) {
    // indexOf, not a loop over every code unit: most cells hold neither word, and the built-in
    // passes over them many times faster than a loop in JavaScript
    let numbered = false;
    for (let k = s.indexOf('号'); k >= 0 && !numbered; k = s.indexOf('号', k + 1))
      numbered = numberBeforeTitle(s, k);
    for (let k = s.indexOf('依据'); k >= 0; k = s.indexOf('依据', k + 2)) this.basisWords.push(k);
    this.mayNumberTitle = numbered;
  }

  /** The end of a basis label at `p` (保留依据 :), or -1; cheap where no 依据 is near. */
  basisLabelAt(p: number): number {
    const words = this.basisWords;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((words[mid] as number) <= p) lo = mid + 1;
      else hi = mid;
    }
    const k = words[lo];
    return k !== undefined && k - p <= 12 ? basisLabelEnd(this.s, p) : -1;
  }

  /** Whether a citation's instrument starts at `p`: 《, a bare title, or 根据 before either. */
  instrumentStartAt(p: number): boolean {
    const c = this.s.charCodeAt(p);
    if (c === ch.open) return true;
    const lead = startsWithAny(this.s, p, leadWords);
    if (lead > 0) {
      const q = skipSpaces(this.s, p + lead);
      if (this.s.charCodeAt(q) === ch.open || bareTitleAt(this.s, q)) return true;
    }
    return (
      bareTitleAt(this.s, p) !== undefined ||
      labelledTitleEnd(this.s, p) > 0 ||
      (this.mayNumberTitle && titleAfterNumberAt(this.s, p) > 0)
    );
  }

  /** The end of separators, numbering and joining words from `p`. */
  separatorsEnd(p: number): number {
    const s = this.s;
    let atStart =
      p === 0 || isHardSeparator(s.charCodeAt(p - 1)) || isSoftSeparator(s.charCodeAt(p - 1));
    for (;;) {
      if (p >= s.length) return p;
      const c = s.charCodeAt(p);
      if (isHardSeparator(c) || isSoftSeparator(c)) {
        p++;
        atStart = true;
        continue;
      }
      // 【法律】, 法律法规名称: — the list's own marks, not part of any citation
      const mark = c === 0x3010 || (atStart && mayStartTag(c)) ? rankTagEnd(s, p) : -1;
      let label = mark < 0 && atStart && mayStartLabel(c) ? fieldLabelEnd(s, p) : -1;
      // 保留依据 :, 不予处罚依据《 — a label saying what kind of basis follows
      if (mark < 0 && label < 0 && atStart) label = this.basisLabelAt(p);
      if (mark > 0 || label > 0) {
        p = mark > 0 ? mark : label;
        atStart = true;
        continue;
      }
      if (atStart || isCircled(c)) {
        const e = enumeratorEnd(s, p);
        if (e > 0) {
          p = e;
          continue;
        }
      }
      const join = startsWithAny(s, p, joinWords);
      if (join > 0 && this.instrumentStartAt(skipSpaces(s, p + join))) {
        p += join;
        atStart = true;
        continue;
      }
      return p;
    }
  }

  /**
   * Whether a new citation begins at `p` right after another, with no separator between: after
   * a number (`②《…》`, `2)《…》`) or a joining word (`和《…》`, `和公共场所卫生管理条例`).
   */
  nextCitationAt(p: number): boolean {
    const s = this.s;
    let j = enumeratorEnd(s, p);
    if (j < 0) j = p + startsWithAny(s, p, joinWords);
    if (j === p) return false;
    return this.instrumentStartAt(skipSpaces(s, j));
  }

  /** Whether, after the separators at `p`, a new citation begins. */
  citationAfter(p: number): boolean {
    const e = this.separatorsEnd(p);
    return e < this.s.length && this.instrumentStartAt(e);
  }

  /**
   * Where a quote or unparsed text that starts at `p` ends. A quote also ends where the next
   * article of the same instrument begins a line or a clause (`……。第二十一条 ……`).
   */
  runEnd(p: number, stopAtHard: boolean): number {
    const s = this.s;
    for (let i = p + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (stopAtHard && isHardSeparator(c)) return i;
      if (c === ch.open && stopAtHard) return i;
      if (isHardSeparator(c) || isSoftSeparator(c) || c === 0x3010) {
        const e = this.separatorsEnd(i);
        if (e < s.length && this.instrumentStartAt(e) && (stopAtHard || !this.referenceAt(e)))
          return i;
        // A run of separators, numbers and labels ends in the same place from any of its
        // characters: looking again from each would make a long run quadratic.
        if (!stopAtHard && e > i + 1) {
          i = e - 1;
          continue;
        }
      }
      if (isCircled(c) && this.nextCitationAt(i)) return i;
      if (!stopAtHard && c === ch.di && this.nextArticleAt(i)) return i;
    }
    return s.length;
  }

  /**
   * Whether a title without marks and its article at `p` are a reference inside the quoted
   * sentence (`依照食品安全法第八十七条的规定`): the article is followed by 的, 规定 and the like.
   */
  referenceAt(p: number): boolean {
    const s = this.s;
    let q = p;
    const lead = startsWithAny(s, q, leadWords);
    if (lead > 0) q = skipSpaces(s, q + lead);
    if (s.charCodeAt(q) === ch.open) return false;
    const bare = bareTitleAt(s, q);
    if (!bare) return false;
    const r = skipSpaces(s, bare.end);
    if (codeAt(s, r) !== ch.di) return false;
    const scan = scanProvisions(s, r);
    return (
      scan.provisions.length > 0 && startsWithAny(s, skipSpaces(s, scan.end), referenceWords) > 0
    );
  }

  /**
   * Whether an article of the instrument being quoted starts at `p`: 第…条 after a line break,
   * 。 ; or 、, and not a reference inside the quoted sentence (……第十二条规定的……).
   */
  nextArticleAt(p: number): boolean {
    const s = this.s;
    let b = p - 1;
    while (b >= 0 && isSpace(s.charCodeAt(b))) b--;
    const before = s.charCodeAt(b);
    // a line break, 。 ; 、 or the closing mark of the article quoted before (”第十七条“…”)
    if (!(isHardSeparator(before) || before === 0x3001 || before === 0x201d)) return false;
    // 违反本法第三十六条、第三十八条……规定: a list of references inside the quoted sentence
    if (before === 0x3001 && this.referenceListBefore(b)) return false;
    // Only the first reference is read here: a scan of the whole run at every 第 of a long
    // quote would make the quote quadratic.
    let j = skipSpaces(s, p + 1);
    const digits = j;
    while (j < s.length && j - digits < 8 && isNumeralChar(s.charCodeAt(j))) j++;
    if (j === digits) return false;
    j = skipSpaces(s, j);
    if (s.charCodeAt(j) !== ch.article) return false;
    return startsWithAny(s, skipSpaces(s, j + 1), referenceWords) === 0;
  }

  /**
   * Whether the 、 at `b` follows a reference inside a sentence: a run of 第…条…款…项 and 、
   * that begins after a word (本法, 违反) rather than at a line, a clause or a quotation mark.
   */
  referenceListBefore(b: number): boolean {
    const s = this.s;
    let j = b - 1;
    while (j >= 0 && isSpace(s.charCodeAt(j))) j--;
    const unit = s.charCodeAt(j);
    if (unit !== ch.article && unit !== ch.paragraph && unit !== ch.item) return false;
    const stop = Math.max(0, b - 80);
    while (j >= stop) {
      const c = s.charCodeAt(j);
      if (
        isNumeralChar(c) ||
        c === ch.di ||
        c === ch.article ||
        c === ch.paragraph ||
        c === ch.item ||
        c === 0x3001 ||
        c === ch.lparen ||
        c === ch.rparen ||
        isSpace(c)
      )
        j--;
      else break;
    }
    return j >= 0 && isIdeograph(s.charCodeAt(j));
  }

  warn<C extends IssueCode>(code: C, params: IssueParams<C>): Issue<C> {
    const issue = makeIssue(code, 'warning', [], params);
    this.issues.push(issue);
    return issue;
  }

  pushSeparator(start: number, end: number): void {
    const piece: CitationSeparator = {
      kind: 'separator',
      text: this.text.slice(start, end),
      span: [start, end],
    };
    this.pieces.push(piece);
  }

  pushUnparsed(
    start: number,
    end: number,
    code: 'citation-unparsed' | 'citation-title-unclosed' | 'citation-instrument-missing',
  ): void {
    const text = this.text.slice(start, end);
    const issue = this.warn(code, { text: text.trim(), start, end });
    const piece: UnparsedText = { kind: 'unparsed', text, span: [start, end], issues: [issue] };
    this.pieces.push(piece);
  }

  run(): void {
    const s = this.s;
    let pos = 0;
    while (pos < s.length) {
      const sep = this.separatorsEnd(pos);
      if (sep > pos) {
        this.pushSeparator(pos, sep);
        pos = sep;
        continue;
      }
      const next = this.citationAt(pos);
      if (next > pos) {
        pos = next;
        continue;
      }
      if (s.charCodeAt(pos) === ch.open && matchTitle(s, pos) < 0) {
        const end = this.runEnd(pos, true);
        this.pushUnparsed(pos, end, 'citation-title-unclosed');
        pos = end;
        continue;
      }
      const provisions = s.charCodeAt(pos) === ch.di ? scanProvisions(s, pos) : undefined;
      if (provisions && provisions.provisions.length > 0 && this.lastInstrument) {
        pos = this.finish(pos, pos, this.lastInstrument, provisions.end, provisions);
        continue;
      }
      const end = this.runEnd(pos, true);
      this.pushUnparsed(
        pos,
        end,
        provisions?.provisions.length ? 'citation-instrument-missing' : 'citation-unparsed',
      );
      pos = end;
    }
  }

  /** Reads a citation at `pos`; returns where it ends, or `pos` when there is none. */
  citationAt(pos: number): number {
    const s = this.s;
    let p = pos;
    const lead = startsWithAny(s, p, leadWords);
    if (lead > 0) {
      const q = skipSpaces(s, p + lead);
      if (s.charCodeAt(q) === ch.open || bareTitleAt(s, q)) p = q;
    }
    const titleStart = p;
    let numberBefore: string | undefined;
    const numbered = this.mayNumberTitle ? titleAfterNumberAt(s, p) : -1;
    if (numbered > 0) {
      numberBefore = normaliseDocumentNumber(s.slice(p, numbered));
      p = numbered;
    }
    let written: string;
    if (s.charCodeAt(p) === ch.open) {
      const close = matchTitle(s, p);
      const unclosed = close < 0 ? unclosedTitleAt(s, p) : undefined;
      if (unclosed) {
        // 《中华人民共和国种子法 第三十二条: the mark is never closed, but the title ends where
        // its provisions begin; structured, and the missing 》 warned about where it stands
        this.warn('citation-title-unclosed', {
          text: s.slice(p, unclosed.end),
          start: p,
          end: unclosed.end,
        });
        written = unclosed.title;
        p = unclosed.end;
      } else if (close < 0 || close === p + 1) return pos;
      else {
        written = s.slice(p + 1, close);
        // 《……暂行办法(****)》: a page that masks the year; the mask is no part of the title.
        // One look at the title's code units, as most titles hold neither.
        let star = false;
        let lineBreak = false;
        for (let j = p + 1; j < close; j++) {
          const c = s.charCodeAt(j);
          if (c === 0x2a) star = true;
          else if (c === 0x0a || c === 0x0d) lineBreak = true;
        }
        if (star) written = written.replace(/\(\*+\)/g, '');
        if (lineBreak) written = written.replace(/[\r\n]/g, '');
        p = close + 1;
      }
    } else {
      const bare = bareTitleAt(s, p);
      // 法律法规名称:XX通知 依据文号: — the label says where the title ends
      const labelled = bare ? -1 : labelledTitleEnd(s, p);
      if (!bare && labelled < 0) return pos;
      written = bare ? bare.title : s.slice(p, labelled);
      p = bare ? bare.end : labelled;
      // 中华人民共和国文物保护法》第六十六条: the cell lost the opening mark; the closing one
      // belongs to the title
      if (bare && codeAt(s, p) === ch.close) p++;
    }
    // 申报《种畜禽生产经营许可证》: a certificate named in an article's text is no instrument; a
    // title that leads a cell or follows a separator is cited as one, whatever its last word
    if (isCertificate(written) && namedInText(s, titleStart)) return pos;
    const notes: Notes = { editions: [], titleSuffix: '' };
    if (numberBefore !== undefined) notes.documentNumber = numberBefore;
    written = withoutInnerNote(written, notes);
    for (;;) {
      const q = skipSpaces(s, p);
      // 《军人抚恤优待条例》2011年(国务院、中央军委令第602号): a year before the note
      const year = yearBeforeNoteEnd(s, q);
      if (year > 0) {
        notes.editions.push(s.slice(q, year).replace(/\s+/g, ''));
        p = year;
        continue;
      }
      if (codeAt(s, q) !== ch.lparen) break;
      const close = matchParen(s, q);
      if (close < 0 || !readNote(s.slice(q + 1, close), notes)) break;
      p = close + 1;
    }
    {
      const q = skipSpaces(s, p);
      const close = unopenedNoteEnd(s, q);
      if (close > 0) {
        notes.editions.push(s.slice(q, close).replace(/\s+/g, ''));
        p = close + 1;
      }
    }
    // 依据文号:(……令第31号) 条款号: — labelled fields between a title and its provisions
    for (;;) {
      const q = skipSpaces(s, p);
      const numberLabel = fieldLabelEnd(s, q, numberLabels);
      const provisionLabel = numberLabel < 0 ? fieldLabelEnd(s, q, provisionLabels) : -1;
      if (provisionLabel > 0) {
        p = provisionLabel;
        continue;
      }
      if (numberLabel < 0) break;
      p = numberLabel;
      const r = skipSpaces(s, p);
      const close = s.charCodeAt(r) === ch.lparen ? matchParen(s, r) : -1;
      if (close > 0 && readNote(s.slice(r + 1, close), notes)) p = close + 1;
      else if (close < 0) {
        // 依据文号:湖北省人民代表大会常务委员会公告第100号 条款号: — the number without brackets
        // it runs to the next label, spaces and all (水利部令 第26号); unread, it is still passed
        const e = s.indexOf('条款', r);
        if (e > r && e - r < 60) {
          readNote(s.slice(r, e).replace(/\s+/g, ''), notes);
          p = e;
        }
      }
    }
    const instrument = describeInstrument(
      written + notes.titleSuffix,
      notes.documentNumber,
      notes.editions.length <= 1 ? (notes.editions[0] ?? '') : notes.editions.join(','),
    );
    const q = skipSpaces(s, p);
    // 及其实施条例 and the like: only a 及 can begin them
    if (codeAt(s, q) === 0x53ca)
      for (const [phrase, suffix] of implementing) {
        if (!s.startsWith(phrase, q)) continue;
        this.finish(pos, titleStart, instrument, p, undefined, false);
        const second = describeInstrument(instrument.instrument.title + suffix, undefined, '');
        // The second piece starts where the first ends, so the spaces between belong to it.
        return this.afterTitle(p, q, second, q + phrase.length);
      }
    return this.afterTitle(pos, titleStart, instrument, p);
  }

  private afterTitle(
    pos: number,
    titleStart: number,
    instrument: DescribedInstrument,
    p: number,
  ): number {
    const s = this.s;
    let q = skipSpaces(s, p);
    // 《渔业法》 then, on the next line, 第三十八条: the provisions of that title
    if (codeAt(s, q) !== ch.di) {
      let r = q;
      while (
        r < s.length &&
        (isSpace(s.charCodeAt(r)) || s.charCodeAt(r) === 0x0a || s.charCodeAt(r) === 0x0d)
      )
        r++;
      if (codeAt(s, r) === ch.di && r - q < 40) q = r;
      // 山西省人民政府……的决定,第5条 and 《畜牧法》(主席令第45号);第二十四条: a comma or a
      // semicolon between a title and its provisions
      else if (
        (codeAt(s, q) === 0x2c || codeAt(s, q) === 0x3b) &&
        codeAt(s, skipSpaces(s, q + 1)) === ch.di
      ) {
        const r2 = skipSpaces(s, q + 1);
        if (scanProvisions(s, r2).provisions.length > 0) q = r2;
      }
    }
    // 《……办法》(第二十三条 and 《……办法》)第三十六条: a bracket the cell never closes or never
    // opened, between a title and its provisions
    const stray = codeAt(s, q);
    if (stray === ch.rparen || (stray === ch.lparen && matchParen(s, q) < 0)) {
      const r = skipSpaces(s, q + 1);
      if (s.charCodeAt(r) === ch.di && scanProvisions(s, r).provisions.length > 0) q = r;
    }
    // 《兽药管理条例》四十九条第一款, 《X法》49条: an article written without its 第, read only
    // right after a title, where a number and 条 can be nothing else
    const provisions =
      codeAt(s, q) !== ch.di && isNumeralChar(codeAt(s, q))
        ? scanProvisions(s, q, true)
        : scanProvisions(s, q);
    const unitless = provisions.provisions.length === 0 ? unitlessEnd(s, q) : -1;
    if (unitless > 0) {
      // 《律师事务所管理办法》第65: a number with no 条 — no provision, but warned, not dropped
      provisions.invalid.push({ text: s.slice(q, unitless), start: q, end: unitless });
      return this.finish(pos, titleStart, instrument, unitless, provisions);
    }
    const end = provisions.provisions.length > 0 || provisions.end > p ? provisions.end : p;
    return this.finish(pos, titleStart, instrument, end, provisions);
  }

  /**
   * Ends a citation whose title and provisions end at `p`: the words 规定 and 等法律法规 after
   * it, then its quote; records it and returns where it ends.
   */
  finish(
    pos: number,
    titleStart: number,
    described: DescribedInstrument,
    p: number,
    provisionScan: ReturnType<typeof scanProvisions> | undefined,
    tail = true,
  ): number {
    const s = this.s;
    const issues: Issue[] = [];
    for (const bad of provisionScan?.invalid ?? [])
      issues.push(
        this.warn('citation-provision-invalid', {
          text: this.text.slice(bad.start, bad.end),
          start: bad.start,
          end: bad.end,
        }),
      );
    let q = skipSpaces(s, p);
    const provide = tail ? startsWithAny(s, q, provideWords) : 0;
    if (provide > 0) p = q + provide;
    q = skipSpaces(s, p);
    if (tail && codeAt(s, q) === ch.deng) {
      const more = startsWithAny(s, q + 1, openEnded);
      if (more > 0) {
        let e = q + 1 + more;
        e += startsWithAny(s, e, provideWords);
        issues.push(
          this.warn('citation-open-ended', { text: this.text.slice(q, e), start: q, end: e }),
        );
        p = e;
      }
    }
    const citationEnd = p;
    let end = p;
    let quoteSpan: Span | undefined;
    q = p;
    while (q < s.length && (isSpace(s.charCodeAt(q)) || s.charCodeAt(q) === ch.colon)) q++;
    let c = codeAt(s, q);
    const provisions: Provision[] = provisionScan?.provisions ?? [];
    // 第八条,国家实行……  and  第三十九条 then the article's text on the next lines: a quote
    // after a comma or a line break, when no citation or provision follows there
    if (tail && (c === 0x2c || c === 0x0a || c === 0x0d)) {
      let r = q + 1;
      while (
        r < s.length &&
        (isSpace(s.charCodeAt(r)) || s.charCodeAt(r) === 0x0a || s.charCodeAt(r) === 0x0d)
      )
        r++;
      const d = s.charCodeAt(r);
      if (
        r < s.length &&
        d !== ch.di &&
        d !== ch.open &&
        !isHardSeparator(d) &&
        enumeratorEnd(s, r) < 0 &&
        // 山西省人民政府……的决定: another instrument named without marks, not a quote
        placeLevel(s.slice(r, r + 12)) === undefined &&
        !this.citationAfter(q)
      ) {
        q = r;
        c = d;
      }
    }
    if (
      tail &&
      q < s.length &&
      !isHardSeparator(c) &&
      c !== 0x3001 &&
      c !== 0x2c &&
      c !== ch.open &&
      !this.nextCitationAt(q) &&
      // 保留依据 : ……: a label before the next citation, not a quote
      this.basisLabelAt(q) < 0 &&
      // 劳动法第89条 劳动合同法第80条: a second title after a space, not a quote
      !(q > p && titleWithProvisionsAt(s, q))
    ) {
      // The quote, then each further article of the same instrument and its quote in turn
      let from = q;
      for (;;) {
        const qEnd = this.runEnd(from, false);
        let a = from;
        let b = qEnd;
        while (b > a && isSpace(s.charCodeAt(b - 1))) b--;
        while (a < b && isSpace(s.charCodeAt(a))) a++;
        if (b > a) {
          quoteSpan = quoteSpan ? [quoteSpan[0], b] : [a, b];
          end = qEnd;
        }
        if (qEnd >= s.length || s.charCodeAt(qEnd) !== ch.di) break;
        const more = scanProvisions(s, qEnd);
        if (more.provisions.length === 0) break;
        for (const x of more.provisions) provisions.push(x);
        for (const bad of more.invalid)
          issues.push(
            this.warn('citation-provision-invalid', {
              text: this.text.slice(bad.start, bad.end),
              start: bad.start,
              end: bad.end,
            }),
          );
        if (quoteSpan) quoteSpan = [quoteSpan[0], more.end];
        end = more.end;
        from = more.end;
        while (from < s.length && (isSpace(s.charCodeAt(from)) || s.charCodeAt(from) === ch.colon))
          from++;
        if (from >= s.length || isHardSeparator(s.charCodeAt(from))) break;
      }
    }
    const { instrument, reasoning, key } = described;
    if (!reasoning) issues.push(this.warn('citation-rank-unknown', { title: instrument.title }));
    const citation = trimmedSlice(this.text, titleStart, citationEnd);
    const quote = quoteSpan ? unquote(this.text.slice(quoteSpan[0], quoteSpan[1])) : undefined;
    // Built by assignment, not spreads: this runs once per citation and spreads cost.
    const basis: Mutable<StructuredLegalBasis> =
      citation !== '' ? { citation, instrument, provisions } : { instrument, provisions };
    if (quote) basis.quote = quote;
    const parsed: Mutable<ParsedCitation> = {
      kind: 'citation',
      basis,
      span: [pos, end],
      citationSpan: [titleStart, citationEnd],
      key,
      issues,
    };
    if (quoteSpan) parsed.quoteSpan = quoteSpan;
    if (reasoning) parsed.rank = reasoning;
    this.pieces.push(parsed);
    this.citations.push(parsed);
    this.lastInstrument = described;
    return end;
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The quotation mark that closes the one a quote opens with, or 0: “” "" 「」 ‘’. */
function closingQuote(open: number): number {
  switch (open) {
    case 0x201c:
      return 0x201d;
    case 0x22:
      return 0x22;
    case 0x300c:
      return 0x300d;
    case 0x2018:
      return 0x2019;
    default:
      return 0;
  }
}

/** A quote without the quotation marks around it. */
function unquote(text: string): string {
  const close = closingQuote(text.charCodeAt(0));
  if (close !== 0 && text.length >= 2 && text.charCodeAt(text.length - 1) === close) {
    const inner = text.slice(1, -1).trim();
    if (inner !== '') return inner;
  }
  return text;
}

/**
 * Finds the legal citations in a text as lists publish it — several in a cell, numbered,
 * with or without 《》, in traditional or simplified characters, with editions, document
 * numbers, provisions and quoted article text — and structures each. Every character of the
 * text belongs to exactly one piece (a citation with its quote, a separator, or unparsed text
 * with a warning): nothing is dropped.
 *
 * @example
 * ```ts
 * const { citations } = parseCitations('1、《傳染病防治法》第十二條；2.《村庄和集镇规划建设管理条例》(1993年国务院令第116号)第三十七条');
 * citations[0]?.basis.instrument.title; // '中华人民共和国传染病防治法'
 * citations[1]?.basis.instrument.documentNumber; // '1993年国务院令第116号'
 * ```
 */
export function parseCitations(text: string): CitationParse {
  const scanner = new Scanner(text, normaliseCitationText(text));
  scanner.run();
  return { text, pieces: scanner.pieces, citations: scanner.citations, issues: scanner.issues };
}
