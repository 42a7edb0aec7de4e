import {
  type Duty,
  delegationModeScheme,
  findConcept,
  type LegalBasis,
  legalBasesFromText,
  powerCategoryScheme,
  reclaimReasonScheme,
} from '@qingdan/core';
import { renderLegalBases } from '../export/render-legal-basis.js';
import type { ListVocabulary } from '../layout/bodies.js';
import { type FieldName, fieldColumns } from '../layout/fields.js';
import { normaliseText } from '../text/normalise.js';
import { splitBodies } from '../text/split-bodies.js';
import { unwrapBodies, unwrapName } from '../text/unwrap.js';

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

/** What a row's fields give: the duty's fields (not yet checked), extra columns, findings. */
export interface ParsedFields {
  readonly duty: Record<string, unknown>;
  readonly extras: { header: string; value: string }[];
  readonly findings: FieldFinding[];
}

const concept = (scheme: Parameters<typeof findConcept>[0], text: string) =>
  findConcept(scheme, text) ?? findConcept(scheme, normaliseText(text));

function legalBases(cells: readonly FieldCell[], stored: Duty | undefined): LegalBasis[] {
  const joined = cells.map((c) => c.value).join('\n');
  // A cell left as export wrote it gives back the bases export kept, exactly.
  if (stored && stored.legalBases.length > 0 && renderLegalBases(stored.legalBases) === joined)
    return [...stored.legalBases];
  // One citation text: an article on the line below its act keeps the act (…条例》\n第十四条).
  return legalBasesFromText(joined);
}

const numberOf = (text: string): number | undefined => {
  const n = Number(text.normalize('NFKC').replace(/[,，\s]/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

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
  const duty: Record<string, unknown> = {};
  const extras: { header: string; value: string }[] = [];
  const findings: FieldFinding[] = [];
  const unknown = (field: FieldName, cell: FieldCell, value: string): void => {
    findings.push({
      field,
      code: 'spreadsheet-value-unknown',
      severity: 'warning',
      params: { column: cell.header, value },
    });
    extras.push({ header: cell.header, value });
  };
  const resources: {
    staff?: Record<string, unknown>;
    funding?: Record<string, unknown>;
    [k: string]: unknown;
  } = {};
  for (const [field, list] of cells) {
    const first = list[0];
    if (!first) continue;
    // A column of another section's field (a 牵头部门 cell on a basic duty) is kept as it is.
    const sections = fieldColumns.find((c) => c.field === field)?.sections;
    if (sections && !sections.includes(section)) {
      extras.push(...list.map((c) => ({ header: c.header, value: c.value })));
      continue;
    }
    const joined = list.map((c) => c.value).join('\n');
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
      case 'powerCategory': {
        const c = concept(powerCategoryScheme, first.value);
        if (c) duty.powerCategory = c.code;
        else unknown(field, first, first.value);
        break;
      }
      case 'legalBases':
        duty.legalBases = legalBases(list, stored);
        break;
      case 'offices':
        duty.offices = list
          .flatMap((c) => unwrapBodies(c.value))
          .map((n) => vocab.offices.keyOf(n));
        break;
      case 'leadDepartments':
      case 'receivingDepartments':
      case 'delegatingDepartments':
      case 'requestingDepartments':
        duty[field] = list
          .flatMap((c) => unwrapBodies(c.value))
          .map((n) => vocab.departments.keyOf(n));
        break;
      case 'reclaimReasons': {
        const codes: string[] = [];
        const rest: string[] = [];
        for (const part of list.flatMap((c) => splitBodies(c.value))) {
          const c = concept(reclaimReasonScheme, part);
          if (c) codes.push(c.code);
          else rest.push(part);
        }
        duty.reclaimReasons = codes;
        if (rest.length > 0) unknown(field, first, rest.join('、'));
        break;
      }
      case 'delegationMode':
      case 'formerDelegationMode': {
        const c = concept(delegationModeScheme, first.value);
        if (c) duty[field] = c.code;
        else unknown(field, first, first.value);
        break;
      }
      case 'localTo':
        duty.localTo = joined.split(/[、,，;；\s]+/).filter((s) => s !== '');
        break;
      case 'staffHeadcount':
      case 'fundingAmount': {
        const n = numberOf(first.value);
        if (n === undefined || (field === 'staffHeadcount' && !Number.isInteger(n)))
          unknown(field, first, first.value);
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
  if (section === 'delegated' && duty.delegationMode === undefined) {
    const hint = /委托/.test(sectionHint)
      ? 'entrusted'
      : /赋权|下放/.test(sectionHint)
        ? 'empowered'
        : undefined;
    if (hint) duty.delegationMode = hint;
    else
      findings.push({
        field: 'delegationMode',
        code: 'spreadsheet-cell-required',
        severity: 'error',
        params: { column: '下放方式' },
      });
  }
  // Staff or funding named without its number cannot be kept structured; keep it as text.
  for (const part of ['staff', 'funding'] as const) {
    const value = resources[part];
    const needed = part === 'staff' ? 'headcount' : 'amountPerYear';
    if (value && value[needed] === undefined) {
      delete resources[part];
      for (const v of Object.values(value))
        extras.push({ header: part === 'staff' ? '编制类型' : '经费来源', value: String(v) });
    }
  }
  if (Object.keys(resources).length > 0) duty.resources = resources;
  if (duty.name === undefined)
    findings.push({
      field: 'name',
      code: 'spreadsheet-cell-required',
      severity: 'error',
      params: { column: '事项名称' },
    });
  return { duty, extras, findings };
}
