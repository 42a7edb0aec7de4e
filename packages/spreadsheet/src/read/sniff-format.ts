import { parse } from 'yaml';

/**
 * What a file that is not a spreadsheet appears to be, by its content (the `kind` of a
 * `spreadsheet-not-a-spreadsheet` issue, whose zh and en texts live with the issue messages).
 *
 * @example
 * ```ts
 * const kind: NotSpreadsheetKind = 'xls';
 * ```
 */
export type NotSpreadsheetKind =
  | 'xls'
  | 'ods'
  | 'docx'
  | 'pptx'
  | 'pdf'
  | 'image'
  | 'archive'
  | 'html'
  | 'xml-spreadsheet'
  | 'xml'
  | 'list-file'
  | 'yaml';

const signatures: readonly (readonly [NotSpreadsheetKind, readonly number[]])[] = [
  // OLE2 compound file: Excel 97–2003 .xls, and WPS .et and old Word files alike.
  ['xls', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image', [0x89, 0x50, 0x4e, 0x47]],
  ['image', [0xff, 0xd8, 0xff]],
  ['image', [0x47, 0x49, 0x46, 0x38]],
  ['archive', [0x1f, 0x8b]],
  ['archive', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['archive', [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07]],
];

/**
 * What the first bytes of a file say it is when they say it is not a spreadsheet: a legacy
 * .xls, a PDF, an image, an archive. Zip files (XLSX among them) and text are not decided here.
 *
 * @example
 * ```ts
 * binaryKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])); // 'xls'
 * ```
 */
export function binaryKind(bytes: Uint8Array): NotSpreadsheetKind | undefined {
  return signatures.find(([, magic]) => magic.every((b, i) => bytes[i] === b))?.[0];
}

/**
 * What the entries of a zip that is not an XLSX workbook say it is: an OpenDocument
 * spreadsheet, a Word document or a PowerPoint presentation; undefined for any other zip.
 *
 * @example
 * ```ts
 * zipKind(new Map([['word/document.xml', new Uint8Array()]])); // 'docx'
 * ```
 */
export function zipKind(entries: ReadonlyMap<string, Uint8Array>): NotSpreadsheetKind | undefined {
  const mimetype = entries.get('mimetype');
  if (mimetype && new TextDecoder().decode(mimetype).trim().endsWith('opendocument.spreadsheet'))
    return 'ods';
  if (entries.has('word/document.xml')) return 'docx';
  if (entries.has('ppt/presentation.xml')) return 'pptx';
  return undefined;
}

/** A first line as YAML or JSON begins: a document marker, a plain key, or a brace. */
const yamlStart = /^(---|%YAML|\{|[A-Za-z_$][\w$.-]*\s*:(\s|$))/;

/**
 * What decoded text says it is when it is not a table: a web page (as some sites serve `.xls`
 * files), an XML file, or a YAML or JSON mapping (a list file, or a profile). A CSV is never
 * taken for one of these: YAML is only tried when the first line reads as a plain key.
 *
 * @example
 * ```ts
 * textKind('id: wuzu-2024\ntitle: 五祖镇清单\nduties: []\n'); // 'list-file'
 * textKind('序号,事项名称\n1,森林防火\n'); // undefined
 * ```
 */
export function textKind(text: string): NotSpreadsheetKind | undefined {
  const head = text
    .slice(0, 4096)
    .replace(/^\ufeff/, '')
    .trimStart();
  if (/^<(!doctype html|html|head|body|table|meta)[\s>]/i.test(head)) return 'html';
  if (/^<\?xml/i.test(head))
    return head.includes('urn:schemas-microsoft-com:office:spreadsheet')
      ? 'xml-spreadsheet'
      : 'xml';
  const first = head.split(/\r\n?|\n/).find((l) => l.trim() !== '' && !l.startsWith('#'));
  if (first === undefined || !yamlStart.test(first)) return undefined;
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 100, logLevel: 'silent' });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  return 'duties' in data || ('division' in data && 'issuer' in data) ? 'list-file' : 'yaml';
}
