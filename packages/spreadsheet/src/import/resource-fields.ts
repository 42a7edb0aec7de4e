import type { FieldName } from '../layout/fields.js';
import { type FieldCell, type FieldDraft, keepUnknownValue } from './field-draft.js';

/** The fields that describe a duty's resources (人财物), read into `resources`. */
export const resourceFields = [
  'staffHeadcount',
  'fundingAmount',
  'staffKind',
  'fundingSource',
  'equipment',
  'platforms',
  'training',
  'resourcesNote',
] as const satisfies readonly FieldName[];

type ResourceField = (typeof resourceFields)[number];

/** Whether a field is one of the resources. */
export function isResourceField(field: FieldName): field is ResourceField {
  return (resourceFields as readonly FieldName[]).includes(field);
}

const numberOf = (text: string): number | undefined => {
  const n = Number(text.normalize('NFKC').replace(/[,，\s]/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/**
 * Reads one resource field of a row into the draft's resources; a headcount or amount that is
 * not a number (a headcount not a whole one) is kept as an extra column, with a warning.
 */
export function readResourceField(
  draft: FieldDraft,
  field: ResourceField,
  cells: readonly FieldCell[],
): void {
  const { resources } = draft;
  const first = cells[0] as FieldCell;
  const joined = cells.map((c) => c.value).join('\n');
  switch (field) {
    case 'staffHeadcount':
    case 'fundingAmount': {
      const n = numberOf(first.value);
      if (n === undefined || (field === 'staffHeadcount' && !Number.isInteger(n)))
        keepUnknownValue(draft, field, first, first.value);
      else if (field === 'staffHeadcount') resources.staff = { ...resources.staff, headcount: n };
      else resources.funding = { ...resources.funding, amountPerYear: n };
      break;
    }
    case 'staffKind':
      resources.staff = { ...resources.staff, kind: joined };
      break;
    case 'fundingSource':
      resources.funding = { ...resources.funding, source: joined };
      break;
    case 'equipment':
    case 'platforms':
    case 'training':
      resources[field] = joined.split('\n').filter((s) => s.trim() !== '');
      break;
    case 'resourcesNote':
      resources.note = joined;
      break;
  }
}

/**
 * Puts the resources read into the duty. Staff or funding named without its number cannot be
 * kept structured (the schema needs the number), so it is kept as text in extra columns.
 */
export function finishResources(draft: FieldDraft): void {
  const { resources } = draft;
  for (const part of ['staff', 'funding'] as const) {
    const value = resources[part];
    const needed = part === 'staff' ? 'headcount' : 'amountPerYear';
    if (value && value[needed] === undefined) {
      delete resources[part];
      for (const v of Object.values(value))
        draft.extras.push({ header: part === 'staff' ? '编制类型' : '经费来源', value: String(v) });
    }
  }
  if (Object.keys(resources).length > 0) draft.duty.resources = resources;
}
