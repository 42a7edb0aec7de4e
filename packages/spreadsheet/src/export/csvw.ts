import { type DutyList, formatDutyList } from '@qingdan/core';
import { qd } from '@qingdan/vocab';
import { extraHeaderForExport } from '../layout/extra-header.js';
import { csvTable } from './to-csv.js';

/**
 * The property of the CSVW metadata under which export keeps the list exactly (as the text of
 * its list file), so that importing the CSV beside it gives back the same list.
 *
 * @example
 * ```ts
 * const kept = JSON.parse(metadata[listDataProperty] as string);
 * ```
 */
export const listDataProperty = qd.listData;

/**
 * The CSVW (W3C CSV on the Web) metadata of a CSV written by {@link listToCsv}: one column
 * description per column with its Chinese title and the vocabulary property it holds, each row
 * about the duty `#<key>`, the list's title, issuer and date, and the list itself kept exactly.
 * Write it beside the CSV as `<file>.csv-metadata.json`, where CSVW processors look.
 *
 * @example
 * ```ts
 * await writeFile('五祖镇.csv-metadata.json', JSON.stringify(csvwMetadata(list, '五祖镇.csv'), null, 2));
 * ```
 */
export function csvwMetadata(list: DutyList, csvFileName: string): Record<string, unknown> {
  const { columns } = csvTable(list);
  const properties = qd as Readonly<Record<string, string>>;
  const described = columns.fields.map((c) => ({
    name: c.field,
    titles: { zh: c.header },
    datatype: 'string',
    ...(properties[c.field] ? { propertyUrl: properties[c.field] } : {}),
  }));
  const extras = columns.extraHeaders.map((h, i) => ({
    name: `extra${i + 1}`,
    titles: { zh: extraHeaderForExport(h) },
    datatype: 'string',
    propertyUrl: qd.extraColumns,
  }));
  return {
    '@context': ['http://www.w3.org/ns/csvw', { '@language': 'zh' }],
    url: csvFileName,
    'dc:title': list.title,
    'dc:publisher': list.issuer.name,
    ...(list.issued ? { 'dc:issued': list.issued } : {}),
    dialect: { encoding: 'utf-8', header: true, headerRowCount: 1 },
    tableSchema: {
      columns: [...described, ...extras],
      primaryKey: 'key',
      aboutUrl: '#{key}',
    },
    [listDataProperty]: JSON.stringify(formatDutyList(list)),
  };
}
