import { z } from 'zod';
import { schemeCodes } from '../codes/concept.js';
import { listKindScheme, listStatusScheme } from '../codes/index.js';
import type { Division } from './division.js';
import { divisionSchema } from './division.js';
import { type Duty, dutySchema } from './duty.js';
import type { Immutable } from './immutable.js';
import type { Department, Issuer, Office } from './organisations.js';
import { departmentSchema, issuerSchema, officeSchema } from './organisations.js';
import { isoDateSchema, keySchema, textSchema } from './primitives.js';

/**
 * A domain of the list's own scheme, when it does not use the default one.
 *
 * @example
 * ```ts
 * listDomainSchema.parse({ code: 'ecology', label: { zh: '生态环保' } });
 * ```
 */
export const listDomainSchema = z.strictObject({
  code: keySchema,
  notation: textSchema.exactOptional(),
  label: z.strictObject({ zh: textSchema, en: textSchema.exactOptional() }),
});

/**
 * A domain concept a list brings with it.
 *
 * @example
 * ```ts
 * const d: ListDomain = { code: 'ecology', label: { zh: '生态环保' } };
 * ```
 */
export type ListDomain = Immutable<z.output<typeof listDomainSchema>>;

/**
 * The schema of a list file (JSON or YAML): one edition of a township's duty list, of a county
 * template for all its townships, or of a village's work list.
 *
 * @example
 * ```ts
 * dutyListSchema.safeParse(input).success;
 * ```
 */
export const dutyListSchema = z.strictObject({
  $schema: z.string().exactOptional(),
  id: keySchema,
  kind: z.enum(schemeCodes(listKindScheme)),
  title: textSchema,
  titleEn: textSchema.exactOptional(),
  division: divisionSchema,
  template: z.boolean().exactOptional(),
  issuer: issuerSchema,
  issued: isoDateSchema.exactOptional(),
  documentNumber: textSchema.exactOptional(),
  edition: textSchema.exactOptional(),
  status: z.enum(schemeCodes(listStatusScheme)),
  supersedes: keySchema.exactOptional(),
  townshipType: textSchema.exactOptional(),
  sourceUrl: z.url().exactOptional(),
  domains: z.array(listDomainSchema).exactOptional(),
  offices: z.array(officeSchema).default([]),
  departments: z.array(departmentSchema).default([]),
  duties: z.array(dutySchema).default([]),
});

/**
 * One edition of a duty list: the division it covers, who issued it and when, its status, its
 * offices and departments, and its duties. An immutable value.
 *
 * @example
 * ```ts
 * const list: DutyList = {
 *   id: 'wuzu-2024', kind: 'township', title: '五祖镇履行职责事项清单',
 *   division: { code: '421127104', name: '五祖镇', level: 'township' },
 *   issuer: { name: '黄梅县人民政府' }, status: 'draft', offices: [], departments: [], duties: [],
 * };
 * ```
 */
export interface DutyList {
  readonly $schema?: string;
  readonly id: string;
  readonly kind: 'township' | 'village';
  readonly title: string;
  readonly titleEn?: string;
  readonly division: Division;
  readonly template?: boolean;
  readonly issuer: Issuer;
  readonly issued?: string;
  readonly documentNumber?: string;
  readonly edition?: string;
  readonly status: 'draft' | 'published' | 'superseded';
  readonly supersedes?: string;
  readonly townshipType?: string;
  readonly sourceUrl?: string;
  readonly domains?: readonly ListDomain[];
  readonly offices: readonly Office[];
  readonly departments: readonly Department[];
  readonly duties: readonly Duty[];
}

/**
 * The shape a list file has before legal bases given as text are resolved: what the schema
 * accepts. Use {@link parseDutyList} rather than the schema directly.
 *
 * @example
 * ```ts
 * const input: DutyListInput = { id: 'x', kind: 'township', title: '清单', division, issuer, status: 'draft' };
 * ```
 */
export type DutyListInput = z.input<typeof dutyListSchema>;
