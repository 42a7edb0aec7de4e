import type { Duty, DutyList } from '../src/index.js';

/** The fields every section shares, taken from a duty, so it can be rebuilt in another section. */
export function commonFields(duty: Duty) {
  const {
    key,
    code,
    number,
    name,
    nameEn,
    description,
    domain,
    powerCategory,
    legalBases,
    offices,
    resources,
    localTo,
    extraColumns,
  } = duty;
  const out: Record<string, unknown> = { key, name, legalBases, offices };
  for (const [k, v] of Object.entries({
    code,
    number,
    nameEn,
    description,
    domain,
    powerCategory,
    resources,
    localTo,
    extraColumns,
  }))
    if (v !== undefined) out[k] = v;
  return out;
}

/** The list with duty `index` replaced. */
export function replaceDuty(list: DutyList, index: number, duty: unknown): DutyList {
  const duties = list.duties.map((d, i) => (i === index ? (duty as Duty) : d));
  return { ...list, duties };
}
