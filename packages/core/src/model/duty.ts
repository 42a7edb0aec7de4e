import { z } from 'zod';
import { schemeCodes } from '../codes/concept.js';
import { powerCategoryScheme } from '../codes/power-categories.js';
import { reclaimReasonScheme } from '../codes/reclaim-reasons.js';
import { delegationModeScheme } from '../codes/sections.js';
import type { Immutable } from './immutable.js';
import { legalBasisInputSchema } from './legal-basis.js';
import { keySchema, textSchema } from './primitives.js';
import { resourcesSchema } from './resources.js';

/**
 * A cell of a published table that the model has no field for, kept so export gives it back.
 *
 * @example
 * ```ts
 * extraColumnSchema.parse({ header: '备注', value: '与县林业局共同实施' });
 * ```
 */
export const extraColumnSchema = z.strictObject({ header: textSchema, value: z.string() });

const keys = z.array(keySchema);

/** What every duty has, whatever its section. */
const dutyFields = {
  key: keySchema,
  code: textSchema.exactOptional(),
  number: textSchema.exactOptional(),
  name: textSchema,
  nameEn: textSchema.exactOptional(),
  description: textSchema.exactOptional(),
  domain: textSchema.exactOptional(),
  powerCategory: z.enum(schemeCodes(powerCategoryScheme)).exactOptional(),
  legalBases: z.array(legalBasisInputSchema).default([]),
  offices: keys.default([]),
  resources: resourcesSchema.exactOptional(),
  localTo: z.array(z.string().regex(/^\d{9,12}$/, { error: 'division-code' })).exactOptional(),
  extraColumns: z.array(extraColumnSchema).exactOptional(),
};

/**
 * 基本履职事项: what the township must do itself, carried by its own offices.
 *
 * @example
 * ```ts
 * basicDutySchema.parse({ section: 'basic', key: 'JB-1', name: '传染病防控', offices: ['shsw'] });
 * ```
 */
export const basicDutySchema = z.strictObject({ section: z.literal('basic'), ...dutyFields });

/**
 * 配合履职事项: a county department's duty that the township only helps with.
 *
 * @example
 * ```ts
 * cooperatingDutySchema.parse({ section: 'cooperating', key: 'PH-1', name: '生产安全事故应急', leadDepartments: ['yjj'] });
 * ```
 */
export const cooperatingDutySchema = z.strictObject({
  section: z.literal('cooperating'),
  ...dutyFields,
  leadDepartments: keys.default([]),
  departmentDuty: textSchema.exactOptional(),
  townshipDuty: textSchema.exactOptional(),
});

/**
 * 上级部门收回事项: work the county takes back, with the unit that receives it and why.
 *
 * @example
 * ```ts
 * reclaimedDutySchema.parse({ section: 'reclaimed', key: 'SH-1', name: '危房安全鉴定', receivingDepartments: ['zjj'] });
 * ```
 */
export const reclaimedDutySchema = z.strictObject({
  section: z.literal('reclaimed'),
  ...dutyFields,
  receivingDepartments: keys.default([]),
  reclaimReasons: z.array(z.enum(schemeCodes(reclaimReasonScheme))).default([]),
  reclaimNote: textSchema.exactOptional(),
  formerDelegationMode: z.enum(schemeCodes(delegationModeScheme)).exactOptional(),
});

/**
 * 赋权事项 / 委托事项: a county power handed to the township, which must carry resources.
 *
 * @example
 * ```ts
 * delegatedDutySchema.parse({ section: 'delegated', key: 'FQ-1', name: '对违法建设的处罚', delegationMode: 'empowered' });
 * ```
 */
export const delegatedDutySchema = z.strictObject({
  section: z.literal('delegated'),
  ...dutyFields,
  delegationMode: z.enum(schemeCodes(delegationModeScheme)),
  delegatingDepartments: keys.default([]),
});

/**
 * 依法履职(自治)事项 of a village: its own self-governance work.
 *
 * @example
 * ```ts
 * selfGovernanceDutySchema.parse({ section: 'selfGovernance', key: 'ZZ-1', name: '召集村民会议' });
 * ```
 */
export const selfGovernanceDutySchema = z.strictObject({
  section: z.literal('selfGovernance'),
  ...dutyFields,
});

/**
 * 协助政府工作事项 of a village: admitted work it assists the government with.
 *
 * @example
 * ```ts
 * assistingDutySchema.parse({ section: 'assisting', key: 'XZ-1', name: '协助医保登记', resources: { funding: { amountPerYear: 3000 } } });
 * ```
 */
export const assistingDutySchema = z.strictObject({
  section: z.literal('assisting'),
  ...dutyFields,
  requestingDepartments: keys.default([]),
  admissionDecision: textSchema.exactOptional(),
});

/**
 * 禁入事项 of a village: work that may never be pushed down to it.
 *
 * @example
 * ```ts
 * prohibitedItemSchema.parse({ section: 'prohibited', key: 'JR-1', name: '出具房屋安全证明' });
 * ```
 */
export const prohibitedItemSchema = z.strictObject({
  section: z.literal('prohibited'),
  ...dutyFields,
  prohibitionReason: textSchema.exactOptional(),
});

/**
 * 应取消证明事项: a certificate villages shall no longer issue, and what replaces it.
 *
 * @example
 * ```ts
 * certificateToAbolishSchema.parse({ section: 'certificateToAbolish', key: 'ZM-1', name: '失业证明', replacedBy: '部门内部系统核查' });
 * ```
 */
export const certificateToAbolishSchema = z.strictObject({
  section: z.literal('certificateToAbolish'),
  ...dutyFields,
  replacedBy: textSchema.exactOptional(),
});

/**
 * A duty in any section, told apart by `section`.
 *
 * @example
 * ```ts
 * dutySchema.parse(item).section; // 'basic' | 'cooperating' | …
 * ```
 */
export const dutySchema = z.discriminatedUnion('section', [
  basicDutySchema,
  cooperatingDutySchema,
  reclaimedDutySchema,
  delegatedDutySchema,
  selfGovernanceDutySchema,
  assistingDutySchema,
  prohibitedItemSchema,
  certificateToAbolishSchema,
]);

/**
 * A basic duty.
 *
 * @example
 * ```ts
 * const d: BasicDuty = {
 *   section: 'basic', key: 'JB-03-012', name: '公共场所卫生服务管理', domain: 'livelihood-services',
 *   legalBases: [], offices: ['shsw'],
 * };
 * ```
 */
export type BasicDuty = Immutable<z.output<typeof basicDutySchema>>;
/**
 * A cooperating duty, with its lead departments.
 *
 * @example
 * ```ts
 * const d: CooperatingDuty = {
 *   section: 'cooperating', key: 'PH-01', name: '生产安全事故应急', legalBases: [], offices: ['pajs'],
 *   leadDepartments: ['yjj'],
 * };
 * ```
 */
export type CooperatingDuty = Immutable<z.output<typeof cooperatingDutySchema>>;
/**
 * A reclaimed duty, with its receiving units and reasons.
 *
 * @example
 * ```ts
 * const d: ReclaimedDuty = {
 *   section: 'reclaimed', key: 'SH-01', name: '危房安全鉴定', legalBases: [], offices: [],
 *   receivingDepartments: ['zjj'], reclaimReasons: ['highly-specialised'],
 * };
 * ```
 */
export type ReclaimedDuty = Immutable<z.output<typeof reclaimedDutySchema>>;
/**
 * A delegated power.
 *
 * @example
 * ```ts
 * const d: DelegatedDuty = {
 *   section: 'delegated', key: 'FQ-001', name: '对随意倾倒建筑垃圾的处罚', legalBases: [], offices: ['zhzf'],
 *   delegationMode: 'empowered', delegatingDepartments: ['cgj'], resources: { staff: { headcount: 2 } },
 * };
 * ```
 */
export type DelegatedDuty = Immutable<z.output<typeof delegatedDutySchema>>;
/**
 * A village's self-governance duty.
 *
 * @example
 * ```ts
 * const d: SelfGovernanceDuty = { section: 'selfGovernance', key: 'ZZ-01', name: '召集村民会议', legalBases: [], offices: [] };
 * ```
 */
export type SelfGovernanceDuty = Immutable<z.output<typeof selfGovernanceDutySchema>>;
/**
 * A village's admitted assisting duty.
 *
 * @example
 * ```ts
 * const d: AssistingDuty = {
 *   section: 'assisting', key: 'XZ-01', name: '协助开展新生儿医保登记', legalBases: [], offices: [],
 *   requestingDepartments: ['ybj'], resources: { funding: { amountPerYear: 3000 } },
 * };
 * ```
 */
export type AssistingDuty = Immutable<z.output<typeof assistingDutySchema>>;
/**
 * A prohibited village item.
 *
 * @example
 * ```ts
 * const d: ProhibitedItem = { section: 'prohibited', key: 'JR-01', name: '出具房屋安全证明', legalBases: [], offices: [] };
 * ```
 */
export type ProhibitedItem = Immutable<z.output<typeof prohibitedItemSchema>>;
/**
 * A certificate villages shall no longer issue.
 *
 * @example
 * ```ts
 * const d: CertificateToAbolish = {
 *   section: 'certificateToAbolish', key: 'ZM-01', name: '失业证明', legalBases: [], offices: [],
 *   replacedBy: '人社部门内部系统核查',
 * };
 * ```
 */
export type CertificateToAbolish = Immutable<z.output<typeof certificateToAbolishSchema>>;

/**
 * One item on a list, in exactly one section.
 *
 * @example
 * ```ts
 * const describe = (d: Duty) => match(d).with({ section: 'cooperating' }, (c) => c.leadDepartments.join('、')).otherwise(() => '');
 * ```
 */
export type Duty =
  | BasicDuty
  | CooperatingDuty
  | ReclaimedDuty
  | DelegatedDuty
  | SelfGovernanceDuty
  | AssistingDuty
  | ProhibitedItem
  | CertificateToAbolish;

/**
 * A duty of a given section.
 *
 * @example
 * ```ts
 * const lead = (d: DutyOfSection<'cooperating'>) => d.leadDepartments;
 * ```
 */
export type DutyOfSection<S extends Duty['section']> = Extract<Duty, { section: S }>;

/**
 * The sections a township list may hold, in their conventional order.
 *
 * @example
 * ```ts
 * townshipSections.includes('reclaimed'); // true
 * ```
 */
export const townshipSections = ['basic', 'cooperating', 'reclaimed', 'delegated'] as const;
/**
 * The sections a village list may hold, in their conventional order.
 *
 * @example
 * ```ts
 * villageSections.includes('assisting'); // true
 * ```
 */
export const villageSections = [
  'selfGovernance',
  'assisting',
  'prohibited',
  'certificateToAbolish',
] as const;
