import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';
import type { Amendment, AmendmentRecord, EditionHeader } from './amendment.js';
import { applyChanges } from './apply-changes.js';
import { departmentField } from './department-field.js';
import { sameValue } from './same-value.js';

const textFields = ['name', 'nameEn', 'description'] as const;

function header(list: DutyList): EditionHeader {
  const { offices: _o, departments: _d, domains: _m, duties: _u, ...rest } = list;
  return rest;
}

/** The fields a duty's narrower amendments do not cover, for telling when `revised` is needed. */
function otherFields(duty: Duty): Record<string, unknown> {
  const field = departmentField(duty.section);
  const out: Record<string, unknown> = { ...duty };
  for (const k of [...textFields, 'legalBases', 'offices', ...(field ? [field] : [])])
    delete out[k];
  return out;
}

function departments(duty: Duty): readonly string[] | undefined {
  const field = departmentField(duty.section);
  return field ? ((duty as Record<string, unknown>)[field] as readonly string[]) : undefined;
}

function dutyChanges(old: Duty, duty: Duty, record: AmendmentRecord): Amendment[] {
  const out: Amendment[] = [];
  const key = duty.key;
  if (textFields.some((f) => old[f] !== duty[f]))
    out.push({
      change: 'reworded',
      ...record,
      key,
      name: duty.name,
      ...(duty.nameEn !== undefined ? { nameEn: duty.nameEn } : {}),
      ...(duty.description !== undefined ? { description: duty.description } : {}),
    });
  if (!sameValue(old.legalBases, duty.legalBases))
    out.push({ change: 'rebased', ...record, key, legalBases: duty.legalBases });
  const depts = departments(duty);
  if (!sameValue(old.offices, duty.offices) || !sameValue(departments(old), depts))
    out.push({
      change: 'reassigned',
      ...record,
      key,
      offices: duty.offices,
      ...(depts !== undefined ? { departments: depts } : {}),
    });
  if (!sameValue(otherFields(old), otherFields(duty)))
    out.push({ change: 'revised', ...record, key, duty });
  return out;
}

/**
 * The amendments that turn edition `a` into edition `b`: duties matched by key, so a duty that
 * changed section is `moved`, not removed and added. Each amendment carries `record` (by
 * default: a revision approved by `b`'s issuer on `b`'s date). `applyAmendments(a, diffEditions(a, b))`
 * gives `b` back.
 *
 * @example
 * ```ts
 * for (const a of diffEditions(edition2024, edition2025)) console.log(a.change, 'key' in a ? a.key : '');
 * ```
 */
export function diffEditions(
  a: DutyList,
  b: DutyList,
  record: AmendmentRecord = {
    reason: 'edition-revision',
    approvedBy: b.issuer.name,
    ...(b.issued !== undefined ? { approvedOn: b.issued } : {}),
    ...(b.documentNumber !== undefined ? { documentNumber: b.documentNumber } : {}),
  },
): Amendment[] {
  const out: Amendment[] = [];
  if (!sameValue(header(a), header(b)))
    out.push({ change: 'edition', ...record, header: header(b) });
  if (
    !sameValue(a.offices, b.offices) ||
    !sameValue(a.departments, b.departments) ||
    !sameValue(a.domains, b.domains)
  )
    out.push({
      change: 'organisations',
      ...record,
      offices: b.offices,
      departments: b.departments,
      ...(b.domains !== undefined ? { domains: b.domains } : {}),
    });

  const before = new Map(a.duties.map((d) => [d.key, d]));
  const after = new Set(b.duties.map((d) => d.key));
  for (const d of a.duties)
    if (!after.has(d.key)) out.push({ change: 'removed', ...record, key: d.key });

  b.duties.forEach((duty, i) => {
    const previous = i === 0 ? null : (b.duties[i - 1] as Duty).key;
    const old = before.get(duty.key);
    if (!old) out.push({ change: 'added', ...record, duty, after: previous });
    else if (old.section !== duty.section)
      out.push({ change: 'moved', ...record, key: duty.key, duty, after: previous });
    else out.push(...dutyChanges(old, duty, record));
  });

  const order = b.duties.map((d) => d.key);
  const reached = applyChanges(a, out).list.duties.map((d) => d.key);
  if (!sameValue(reached, order)) out.push({ change: 'reordered', ...record, order });
  return out;
}
