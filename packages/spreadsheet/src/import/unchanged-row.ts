import type { Duty } from '@qingdan/core';
import { renderField } from '../export/render-field.js';
import type { ListVocabulary } from '../layout/bodies.js';
import type { ColumnRole } from '../layout/find-header.js';

const clean = (s: string): string => s.replace(/\r\n?/g, '\n').trim();

/**
 * Whether a row still holds exactly what export wrote for a duty: every column's cell equals
 * the duty's rendering (as cells are read: line ends unified, ends trimmed). Such a row gives back
 * the duty export kept, exactly, whitespace and structured legal bases included; a row edited
 * in Excel is read from its cells instead.
 *
 * @example
 * ```ts
 * rowUnchanged(kept, layout.columns, new Map([[0, '1'], [1, 'JB-01']]), vocab);
 * ```
 */
export function rowUnchanged(
  duty: Duty,
  columns: readonly ColumnRole[],
  cells: ReadonlyMap<number, string>,
  vocab: ListVocabulary,
): boolean {
  const known = new Set(columns.map((c) => c.index));
  for (const [index, value] of cells) if (!known.has(index) && value !== '') return false;
  return columns.every((c) => {
    const expected = c.field
      ? renderField(duty, c.field, vocab)
      : (duty.extraColumns ?? [])
          .filter((e) => clean(e.header) === c.header)
          .map((e) => e.value)
          .join('\n');
    return clean(expected) === (cells.get(c.index) ?? '');
  });
}
