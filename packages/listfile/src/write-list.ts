import { type DutyList, formatDutyList } from '@qingdan/core';
import { stringify } from 'yaml';
import type { ListFileFormat } from './file-format.js';

/**
 * The text of a list file for a list: the same list always gives the same bytes.
 *
 * @example
 * ```ts
 * await writeFile('wuzu.yaml', listFileText(list, 'yaml'));
 * ```
 */
export function listFileText(list: DutyList, format: ListFileFormat): string {
  const data = formatDutyList(list);
  if (format === 'json') return `${JSON.stringify(data, null, 2)}\n`;
  return stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}
