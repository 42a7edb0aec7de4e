import { isDocumentNumber, normaliseDocumentNumber } from './document-number.js';

/** What the notes in brackets after a title say. */
export interface Notes {
  documentNumber?: string;
  editions: string[];
  /** `(试行)`, `(暂行)`: part of the title, written outside the marks. */
  titleSuffix: string;
}

const editionWords = /修正|修订|施行|公布|颁布|发布|修改|通过|版|印发|实施/;
const titleWords = new Set(['试行', '暂行', '草案']);

/** A note that names a date and what happened on it: 2003年1月10日发布. */
const isIssuedDate = (text: string): boolean =>
  /\d{4}\s*年/.test(text) && editionWords.test(text) && text.length <= 40;

/**
 * Reads the content of a bracket after a title — `2021年修正`, `1993年国务院令第116号`,
 * `2004年国务院令第406号,2017年修订`, `试行` — into the notes, or returns false (and changes
 * nothing) when the bracket holds something else.
 *
 * @example
 * ```ts
 * const notes: Notes = { editions: [], titleSuffix: '' };
 * readNote('2021年修正', notes); // true; notes.editions is ['2021年修正']
 * ```
 */
export function readNote(content: string, notes: Notes): boolean {
  // Lists repeat the same few notes (2021年修正, 国务院令第406号): what each says is kept
  let read = readNotes.get(content);
  if (read === undefined) {
    const fresh: Notes = { editions: [], titleSuffix: '' };
    read = readNoteAfresh(content, fresh) ? fresh : null;
    // Kept to the first 1,024 notes and then left as it is, not cleared: a note is read afresh
    // in some 300 ns, while clearing a full memory turned a thousand entries that had outlived
    // the young generation into garbage, and a list of notes seen once each cost 900 ns a note.
    if (readNotes.size < 1024) readNotes.set(content, read);
  }
  if (read === null) return false;
  if (read.documentNumber !== undefined) {
    if (notes.documentNumber !== undefined) return false;
    notes.documentNumber = read.documentNumber;
  }
  notes.titleSuffix += read.titleSuffix;
  for (let k = 0; k < read.editions.length; k++) notes.editions.push(read.editions[k] as string);
  return true;
}

const readNotes = new Map<string, Notes | null>();

function readNoteAfresh(content: string, notes: Notes): boolean {
  const trimmed = content.trim();
  // every title word is two characters: a longer note is not hashed to look it up
  if (trimmed.length === 2 && titleWords.has(trimmed)) {
    notes.titleSuffix += `(${trimmed})`;
    return true;
  }
  // (交通运输部、公安部令第3号): a joint order's number holds a 、 of its own
  if (
    trimmed.includes('、') &&
    !/[,;，；]/.test(trimmed) &&
    notes.documentNumber === undefined &&
    isDocumentNumber(trimmed)
  ) {
    notes.documentNumber = normaliseDocumentNumber(trimmed);
    return true;
  }
  // most notes are one part (2021年修正, 国务院令第406号): no split, no copies
  const parts = !/[,;，；、]/.test(trimmed)
    ? trimmed === ''
      ? []
      : [trimmed]
    : trimmed
        .split(/[,;，；、]/)
        .map((x) => x.trim())
        .filter((x) => x !== '');
  if (parts.length === 0) return false;
  let doc: string | undefined;
  const editions: string[] = [];
  for (const part of parts) {
    if (isDocumentNumber(part)) {
      if (doc !== undefined) return false;
      doc = normaliseDocumentNumber(part);
    } else if (editionWords.test(part) && /\d|[〇一二三四五六七八九]/.test(part))
      editions.push(part.replace(/\s+/g, ''));
    else if (doc === undefined && isIssuedDate(trimmed)) {
      // (国务院,中央军委2003年1月10日发布), (中国气象局2005年2月1日施行): who and when, one note
      notes.editions.push(trimmed.replace(/\s+/g, ''));
      return true;
    } else return false;
  }
  if (doc !== undefined) {
    if (notes.documentNumber !== undefined) return false;
    notes.documentNumber = doc;
  }
  notes.editions.push(...editions);
  return true;
}
