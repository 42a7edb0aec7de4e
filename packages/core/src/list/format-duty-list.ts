import type { Division } from '../model/division.js';
import type { Duty } from '../model/duty.js';
import { dutySchema } from '../model/duty.js';
import { type DutyList, dutyListSchema } from '../model/duty-list.js';
import {
  instrumentSchema,
  isStructured,
  type LegalBasis,
  provisionSchema,
  structuredLegalBasisSchema,
} from '../model/legal-basis.js';
import { departmentSchema, issuerSchema, officeSchema } from '../model/organisations.js';
import { resourcesSchema } from '../model/resources.js';

/**
 * A JSON value, as a list file holds it.
 *
 * @example
 * ```ts
 * const value: JsonValue = { section: 'basic', offices: ['shsw'] };
 * ```
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | JsonValue[]
  | { [key: string]: JsonValue };
/**
 * A JSON object.
 *
 * @example
 * ```ts
 * const file: JsonObject = formatDutyList(list);
 * ```
 */
export type JsonObject = { [key: string]: JsonValue };

/** Fields whose empty array is the default, and so is left out of the file. */
const omitWhenEmpty = new Set([
  'legalBases',
  'offices',
  'departments',
  'duties',
  'provisions',
  'leadDepartments',
  'receivingDepartments',
  'reclaimReasons',
  'delegatingDepartments',
  'requestingDepartments',
]);

type Nested = (value: unknown) => JsonValue;

function ordered(
  value: object,
  keys: readonly string[],
  nested: Record<string, Nested> = {},
): JsonObject {
  const out: JsonObject = {};
  const record = value as Record<string, unknown>;
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && omitWhenEmpty.has(key)) continue;
    const format = nested[key];
    out[key] = format ? format(v) : (v as JsonValue);
  }
  return out;
}

const keysOf = (schema: { shape: object }): string[] => Object.keys(schema.shape);
const each =
  (format: Nested): Nested =>
  (v) =>
    (v as unknown[]).map(format);
const copy: Nested = (v) => structuredClone(v) as JsonValue;

function formatDivision(division: Division): JsonObject {
  return ordered(division, ['code', 'name', 'nameEn', 'level', 'parent'], {
    parent: (p) => formatDivision(p as Division),
  });
}

function formatLegalBasis(basis: LegalBasis): JsonObject {
  if (!isStructured(basis)) return { text: basis.text };
  return ordered(basis, keysOf(structuredLegalBasisSchema), {
    instrument: (i) => ordered(i as object, keysOf(instrumentSchema)),
    provisions: each((p) => ordered(p as object, keysOf(provisionSchema))),
  });
}

const dutyKeys = new Map(
  dutySchema.options.map((o) => [o.shape.section.value, keysOf(o)] as const),
);

function formatDuty(duty: Duty): JsonObject {
  return ordered(duty, dutyKeys.get(duty.section) ?? [], {
    legalBases: each((b) => formatLegalBasis(b as LegalBasis)),
    resources: (r) =>
      ordered(r as object, keysOf(resourcesSchema), {
        staff: (v) => ordered(v as object, ['headcount', 'kind']),
        funding: (v) => ordered(v as object, ['amountPerYear', 'source']),
        equipment: copy,
        platforms: copy,
        training: copy,
      }),
    offices: copy,
    localTo: copy,
    extraColumns: each((c) => ordered(c as object, ['header', 'value'])),
    leadDepartments: copy,
    receivingDepartments: copy,
    reclaimReasons: copy,
    delegatingDepartments: copy,
    requestingDepartments: copy,
  });
}

/**
 * Formats a list edition as the plain object of the list file format, ready for JSON or YAML:
 * fields in a fixed order, empty defaults left out, so the same list always gives the same
 * file. `parseDutyList(formatDutyList(list))` gives back `list`.
 *
 * @example
 * ```ts
 * const text = JSON.stringify(formatDutyList(list), null, 2);
 * ```
 */
export function formatDutyList(list: DutyList): JsonObject {
  return ordered(list, keysOf(dutyListSchema), {
    division: (d) => formatDivision(d as Division),
    issuer: (i) => ordered(i as object, keysOf(issuerSchema)),
    domains: each((d) =>
      ordered(d as object, ['code', 'notation', 'label'], {
        label: (l) => ordered(l as object, ['zh', 'en']),
      }),
    ),
    offices: each((o) => ordered(o as object, keysOf(officeSchema), { aliases: copy })),
    departments: each((d) => ordered(d as object, keysOf(departmentSchema), { aliases: copy })),
    duties: each((d) => formatDuty(d as Duty)),
  });
}
