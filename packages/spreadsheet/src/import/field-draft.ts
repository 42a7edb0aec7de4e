import type { FieldName } from '../layout/fields.js';

/** A cell value of a field, with the header of the column it came from. */
export interface FieldCell {
  readonly header: string;
  readonly value: string;
}

/** A finding about one field of a row, before it is located in the sheet. */
export interface FieldFinding {
  readonly field: FieldName;
  readonly code: 'spreadsheet-value-unknown' | 'spreadsheet-cell-required';
  readonly severity: 'error' | 'warning';
  readonly params: Record<string, string>;
}

/** The resources of a duty as its cells are read, before staff and funding are known whole. */
export interface ResourcesDraft {
  staff?: Record<string, unknown>;
  funding?: Record<string, unknown>;
  [k: string]: unknown;
}

/** A row's fields while they are read: the duty so far, extra columns, findings, resources. */
export interface FieldDraft {
  readonly duty: Record<string, unknown>;
  readonly extras: { header: string; value: string }[];
  readonly findings: FieldFinding[];
  readonly resources: ResourcesDraft;
}

/** An empty draft, for one row. */
export function newFieldDraft(): FieldDraft {
  return { duty: {}, extras: [], findings: [], resources: {} };
}

/**
 * A value no code list has: kept as an extra column under its header, so nothing is dropped,
 * with a warning naming the column.
 */
export function keepUnknownValue(
  draft: FieldDraft,
  field: FieldName,
  cell: FieldCell,
  value: string,
): void {
  draft.findings.push({
    field,
    code: 'spreadsheet-value-unknown',
    severity: 'warning',
    params: { column: cell.header, value },
  });
  draft.extras.push({ header: cell.header, value });
}
