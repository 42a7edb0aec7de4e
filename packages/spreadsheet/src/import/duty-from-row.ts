import { type Duty, makeIssue, type Section } from '@qingdan/core';
import type { ListVocabulary } from '../layout/bodies.js';
import type { ColumnRole } from '../layout/find-header.js';
import type { KeyRegistry } from '../text/key.js';
import { rowLocation } from './candidate.js';
import { wantedKey } from './duty-key.js';
import { parseFields } from './parse-fields.js';
import type { RowReport } from './report.js';
import type { RowCells } from './row-cells.js';
import { rowUnchanged } from './unchanged-row.js';

/**
 * What building a duty from rows needs of the whole import: the bodies named so far, the keys
 * taken, and the duties a workbook's export kept, by key.
 */
export interface DutyBuilding {
  readonly vocab: ListVocabulary;
  readonly keys: KeyRegistry;
  readonly keptDuties: ReadonlyMap<string, Duty>;
}

/** One row group, read into cells and placed in a section. */
export interface PlacedRow {
  readonly cells: RowCells;
  readonly section: Section;
  readonly columns: readonly ColumnRole[];
  /** The first source row of the duty, for a key from its numbering. */
  readonly row: number;
  /** Text around the row that may say how a power is delegated (sheet, headings, titles). */
  readonly context: string;
}

/**
 * Builds the duty of one row group, not yet checked: the duty export kept when the row is as it
 * wrote it, else the duty read from its cells; a key from the key cell, the code, the number or
 * the row, made unique in the list. Every finding is added to the row's report, located at its
 * column, and the key the row got is noted in it.
 *
 * @example
 * ```ts
 * const duty = dutyFromRow(placed, { vocab, keys: new KeyRegistry(), keptDuties: new Map() }, report);
 * ```
 */
export function dutyFromRow(
  placed: PlacedRow,
  building: DutyBuilding,
  report: RowReport,
): Record<string, unknown> {
  const { cells, section } = placed;
  const { byField, fieldColumn, extras, columnValues } = cells;
  const keyCell = byField.get('key')?.[0]?.value;
  const storedDuty = keyCell ? building.keptDuties.get(keyCell) : undefined;
  const sameSection = storedDuty?.section === section ? storedDuty : undefined;
  const unchanged =
    sameSection && rowUnchanged(sameSection, placed.columns, columnValues, building.vocab)
      ? sameSection
      : undefined;
  // An unchanged row is not parsed: parsing would add bodies for names the list already has.
  const parsed = unchanged
    ? { duty: {}, extras: [], findings: [] }
    : parseFields(byField, section, building.vocab, sameSection, placed.context);
  for (const f of parsed.findings)
    report.issues.push({
      ...makeIssue(f.code, f.severity, [f.field], f.params),
      ...rowLocation(report, fieldColumn.get(f.field)),
    });
  const code = parsed.duty.code;
  const number = parsed.duty.number;
  const wanted = wantedKey({
    ...(unchanged ? { unchanged: unchanged.key } : {}),
    ...(keyCell ? { keyCell } : {}),
    ...(typeof code === 'string' && code ? { code } : {}),
    ...(typeof number === 'string' && number ? { number } : {}),
    section,
    row: placed.row,
  });
  const key = building.keys.claim(wanted);
  if (key !== wanted)
    report.issues.push({
      ...makeIssue('spreadsheet-key-disambiguated', 'warning', ['key'], { key, original: wanted }),
      ...rowLocation(report),
    });
  const allExtras = [...parsed.extras, ...extras];
  const duty: Record<string, unknown> = unchanged
    ? { ...unchanged, key }
    : {
        section,
        key,
        ...parsed.duty,
        ...(allExtras.length > 0 ? { extraColumns: allExtras } : {}),
      };
  report.key = key;
  if (typeof duty.name === 'string') report.name = duty.name;
  return duty;
}
