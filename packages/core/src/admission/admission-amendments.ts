import type { Amendment, AmendmentRecord } from '../amendment/amendment.js';
import { departmentField } from '../amendment/department-field.js';
import type { Duty } from '../model/duty.js';
import type { DutyList } from '../model/duty-list.js';
import { lastStep } from './facts.js';
import type { AdmissionRequest } from './request.js';

/**
 * The amendments an admitted request makes to a list: the requesting department defined on the
 * list if it was not, and the duty added next to the others of its section, carrying the
 * resources matched and naming the requesting department. Call it only for a request whose
 * evaluation came out `admitted`; {@link evaluateAdmission} does.
 *
 * @example
 * ```ts
 * const next = applyAmendments(list, admissionAmendments(request, list));
 * ```
 */
export function admissionAmendments(request: AdmissionRequest, list: DutyList): Amendment[] {
  const decision = lastStep(request, 'decision');
  const matching = lastStep(request, 'matching');
  const department = request.requestingDepartment;
  const record: AmendmentRecord = {
    reason: 'admission',
    approvedBy: decision?.by.name ?? department.name,
    ...(decision ? { approvedOn: decision.on } : {}),
    ...(decision?.evidence[0]?.documentNumber !== undefined
      ? { documentNumber: decision.evidence[0].documentNumber }
      : {}),
    note: `准入申请 ${request.id} / admission request ${request.id}`,
  };
  const out: Amendment[] = [];
  if (!list.departments.some((d) => d.key === department.key))
    out.push({
      change: 'organisations',
      ...record,
      offices: list.offices,
      departments: [...list.departments, department],
      ...(list.domains !== undefined ? { domains: list.domains } : {}),
    });

  const field = departmentField(request.duty.section);
  const named = field
    ? ((request.duty as Record<string, unknown>)[field] as readonly string[] | undefined)
    : undefined;
  const duty = {
    ...request.duty,
    ...(matching ? { resources: matching.resources } : {}),
    ...(field ? { [field]: [...new Set([...(named ?? []), department.key])] } : {}),
    ...(request.duty.section === 'assisting' && decision
      ? { admissionDecision: decision.meeting ?? `${decision.by.name} ${decision.on}` }
      : {}),
  } as Duty;
  const sameSection = list.duties.filter((d) => d.section === duty.section);
  const last = sameSection[sameSection.length - 1];
  out.push({ change: 'added', ...record, duty, ...(last ? { after: last.key } : {}) });
  return out;
}
