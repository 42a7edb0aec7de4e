import { type Duty, delegationModeScheme, powerCategoryScheme } from '@qingdan/core';
import type { ListVocabulary } from '../layout/bodies.js';
import { type FieldName, fieldColumns } from '../layout/fields.js';
import { unwrapBodies, unwrapName } from '../text/unwrap.js';
import { conceptCode, reclaimReasonCodes } from './coded-values.js';
import {
  type FieldCell,
  type FieldDraft,
  type FieldFinding,
  keepUnknownValue,
  newFieldDraft,
} from './field-draft.js';
import { legalBasesFromCells } from './legal-bases-cells.js';
import { requireDelegationMode, requireName } from './required-fields.js';
import { finishResources, isResourceField, readResourceField } from './resource-fields.js';

export type { FieldCell, FieldFinding } from './field-draft.js';

/** What a row's fields give: the duty's fields (not yet checked), extra columns, findings. */
export interface ParsedFields {
  readonly duty: Record<string, unknown>;
  readonly extras: { header: string; value: string }[];
  readonly findings: FieldFinding[];
}

/** Whether a field belongs to duties of this section (a 牵头部门 cell on a basic duty does not). */
function fieldFitsSection(field: FieldName, section: Duty['section']): boolean {
  const sections = fieldColumns.find((c) => c.field === field)?.sections;
  return !sections || sections.includes(section);
}

/** Reads the cells of one field of a row into the draft. */
function readField(
  draft: FieldDraft,
  field: FieldName,
  cells: readonly FieldCell[],
  vocab: ListVocabulary,
  stored: Duty | undefined,
): void {
  if (isResourceField(field)) {
    readResourceField(draft, field, cells);
    return;
  }
  const { duty } = draft;
  const first = cells[0] as FieldCell;
  const joined = cells.map((c) => c.value).join('\n');
  switch (field) {
    case 'key':
    case 'section':
      break;
    case 'name':
      // A line break inside a name is where the cell wrapped, unless the lines are numbered.
      duty.name = unwrapName(joined);
      break;
    case 'number':
    case 'code':
    case 'nameEn':
    case 'description':
    case 'departmentDuty':
    case 'townshipDuty':
    case 'reclaimNote':
    case 'admissionDecision':
    case 'prohibitionReason':
    case 'replacedBy':
      duty[field] = joined;
      break;
    case 'domain':
      // Resolved to a code once every row is read: the list may need its own domain scheme.
      duty.domain = first.value;
      break;
    case 'powerCategory':
    case 'delegationMode':
    case 'formerDelegationMode': {
      const scheme = field === 'powerCategory' ? powerCategoryScheme : delegationModeScheme;
      const code = conceptCode(scheme, first.value);
      if (code) duty[field] = code;
      else keepUnknownValue(draft, field, first, first.value);
      break;
    }
    case 'legalBases':
      duty.legalBases = legalBasesFromCells(cells, stored);
      break;
    case 'offices':
      duty.offices = cells.flatMap((c) => unwrapBodies(c.value)).map((n) => vocab.offices.keyOf(n));
      break;
    case 'leadDepartments':
    case 'receivingDepartments':
    case 'delegatingDepartments':
    case 'requestingDepartments':
      duty[field] = cells
        .flatMap((c) => unwrapBodies(c.value))
        .map((n) => vocab.departments.keyOf(n));
      break;
    case 'reclaimReasons': {
      const { codes, rest } = reclaimReasonCodes(cells);
      duty.reclaimReasons = codes;
      if (rest.length > 0) keepUnknownValue(draft, field, first, rest.join('、'));
      break;
    }
    case 'localTo':
      duty.localTo = joined.split(/[、,，;；\s]+/).filter((s) => s !== '');
      break;
  }
}

/**
 * Turns the cells of one row, grouped by field, into the fields of a duty. Code-list values are
 * looked up by label (also in traditional characters); a value no code list has is kept as an
 * extra column, with a warning; bodies are split one per name and looked up or added.
 *
 * @example
 * ```ts
 * const parsed = parseFields(new Map([['name', [{ header: '事项名称', value: '森林防火' }]]]), 'basic', vocab, undefined, '');
 * parsed.duty.name; // '森林防火'
 * ```
 */
export function parseFields(
  cells: ReadonlyMap<FieldName, readonly FieldCell[]>,
  section: Duty['section'],
  vocab: ListVocabulary,
  stored: Duty | undefined,
  sectionHint: string,
): ParsedFields {
  const draft = newFieldDraft();
  for (const [field, list] of cells) {
    if (list.length === 0) continue;
    // A column of another section's field is kept as it is, not dropped.
    if (!fieldFitsSection(field, section))
      draft.extras.push(...list.map((c) => ({ header: c.header, value: c.value })));
    else readField(draft, field, list, vocab, stored);
  }
  requireDelegationMode(draft, section, sectionHint);
  finishResources(draft);
  requireName(draft);
  return { duty: draft.duty, extras: draft.extras, findings: draft.findings };
}
