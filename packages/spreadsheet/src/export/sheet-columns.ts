import type { Duty, Section } from '@qingdan/core';
import type { ListVocabulary } from '../layout/bodies.js';
import { type FieldColumn, type FieldName, fieldColumns } from '../layout/fields.js';
import { renderField } from './render-field.js';

/** The columns of an exported table: known fields, then the extra columns the duties carry. */
export interface TableColumns {
  readonly fields: readonly FieldColumn[];
  readonly extraHeaders: readonly string[];
}

// Shown even when empty: what a reader of the section expects to see, and fills in.
const alwaysShown: Readonly<Record<Section, readonly FieldName[]>> = {
  basic: ['offices'],
  cooperating: ['leadDepartments', 'townshipDuty'],
  reclaimed: ['receivingDepartments', 'reclaimReasons'],
  delegated: ['delegationMode', 'delegatingDepartments'],
  selfGovernance: [],
  assisting: ['requestingDepartments'],
  prohibited: [],
  certificateToAbolish: [],
};
const everywhere: readonly FieldName[] = ['number', 'key', 'name', 'legalBases'];

/**
 * The columns for a table of duties: the fields their sections have that some duty fills (and
 * those every reader of the section expects), in the conventional order, then every extra column
 * header the duties carry, in the order first met. With `withSection`, a 清单类别 column too.
 *
 * @example
 * ```ts
 * tableColumns(list.duties.filter((d) => d.section === 'basic'), vocab, false).fields.map((c) => c.header);
 * ```
 */
export function tableColumns(
  duties: readonly Duty[],
  vocab: ListVocabulary,
  withSection: boolean,
): TableColumns {
  const sections = new Set(duties.map((d) => d.section));
  const fields = fieldColumns.filter((c) => {
    if (c.field === 'section') return withSection;
    if (c.sections && !c.sections.some((s) => sections.has(s))) return false;
    if (everywhere.includes(c.field)) return true;
    if ([...sections].some((s) => alwaysShown[s].includes(c.field))) return true;
    return duties.some((d) => renderField(d, c.field, vocab) !== '');
  });
  const extraHeaders: string[] = [];
  for (const d of duties)
    for (const e of d.extraColumns ?? [])
      if (!extraHeaders.includes(e.header)) extraHeaders.push(e.header);
  return { fields, extraHeaders };
}

/**
 * The cells of one duty's row under the given columns.
 *
 * @example
 * ```ts
 * dutyRow(duty, columns, vocab); // ['1', 'basic-1', '森林防火', …]
 * ```
 */
export function dutyRow(duty: Duty, columns: TableColumns, vocab: ListVocabulary): string[] {
  return [
    ...columns.fields.map((c) => renderField(duty, c.field, vocab)),
    ...columns.extraHeaders.map((h) =>
      (duty.extraColumns ?? [])
        .filter((e) => e.header === h)
        .map((e) => e.value)
        .join('\n'),
    ),
  ];
}
