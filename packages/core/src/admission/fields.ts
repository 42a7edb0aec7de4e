import {
  admissionMeansScheme,
  admissionStageScheme,
  admissionStepScheme,
} from '../codes/admission.js';
import type { Bilingual, ConceptScheme } from '../codes/concept.js';
import { divisionLevelScheme } from '../codes/division-levels.js';
import { townshipSectionScheme, villageItemKindScheme } from '../codes/sections.js';
import { carriesResources } from '../model/resources.js';
import { type AdmissionFacts, lastStep } from './facts.js';
import { targetLevel } from './request.js';

/**
 * The type of a field's value: rules may only compare it in ways that fit.
 *
 * @example
 * ```ts
 * admissionFields['matched.funding'].type; // 'number'
 * ```
 */
export type FieldType = 'text' | 'number' | 'boolean' | 'texts';

/**
 * A field's value; `undefined` when the request does not say.
 *
 * @example
 * ```ts
 * const v: FieldValue = admissionFields.means.read(facts); // 'list-entry'
 * ```
 */
export type FieldValue = string | number | boolean | readonly string[] | undefined;

/**
 * A field of a request that rules may look at: its type, its label and how to read it.
 *
 * @example
 * ```ts
 * const f: AdmissionField = admissionFields['decision.collective'];
 * ```
 */
export interface AdmissionField {
  readonly type: FieldType;
  readonly label: Bilingual;
  readonly schemes?: readonly ConceptScheme[];
  /** The field's value in a request's facts. */
  readonly read: (facts: AdmissionFacts) => FieldValue;
}

const field = (
  type: FieldType,
  zh: string,
  en: string,
  read: (facts: AdmissionFacts) => FieldValue,
  schemes?: readonly ConceptScheme[],
): AdmissionField => ({ type, label: { zh, en }, read, ...(schemes ? { schemes } : {}) });

/**
 * The fields of a request that admission rules can name, and nothing else: a county rule
 * cannot reach into anything but these, so a rules file is safe to load and can be checked
 * before it is used.
 *
 * @example
 * ```ts
 * admissionFields['decision.collective'].label.zh; // '集体研究决定'
 * ```
 */
export const admissionFields = {
  means: field('text', '下派方式', 'means', (f) => f.request.means, [admissionMeansScheme]),
  stage: field('text', '程序阶段', 'stage', (f) => f.stage, [admissionStageScheme]),
  steps: field(
    'texts',
    '已完成步骤',
    'steps taken',
    (f) => f.request.procedure.map((s) => s.step),
    [admissionStepScheme],
  ),
  'duty.section': field('text', '事项类别', 'section', (f) => f.request.duty.section, [
    townshipSectionScheme,
    villageItemKindScheme,
  ]),
  'duty.key': field('text', '事项键', 'duty key', (f) => f.request.duty.key),
  'duty.name': field('text', '事项名称', 'duty name', (f) => f.request.duty.name),
  'duty.domain': field('text', '领域', 'domain', (f) => f.request.duty.domain),
  'duty.powerCategory': field(
    'text',
    '权力类型',
    'power category',
    (f) => f.request.duty.powerCategory,
  ),
  'duty.legalBases': field(
    'number',
    '依据数',
    'number of legal bases',
    (f) => f.request.duty.legalBases.length,
  ),
  'department.key': field(
    'text',
    '申请部门键',
    'requesting department key',
    (f) => f.request.requestingDepartment.key,
  ),
  'department.name': field(
    'text',
    '申请部门',
    'requesting department',
    (f) => f.request.requestingDepartment.name,
  ),
  'targets.count': field(
    'number',
    '下派对象数',
    'number of targets',
    (f) => f.request.targets.length,
  ),
  'targets.level': field(
    'texts',
    '下派对象层级',
    'target levels',
    (f) => [...new Set(f.request.targets.map((t) => targetLevel(t.code)))],
    [divisionLevelScheme],
  ),
  'resources.offered': field('boolean', '申请时提供资源', 'resources offered', (f) =>
    carriesResources(f.request.resources),
  ),
  'resources.matched': field('boolean', '事权匹配落实资源', 'resources matched', (f) =>
    carriesResources(lastStep(f.request, 'matching')?.resources),
  ),
  'offered.headcount': field(
    'number',
    '申请提供编制数',
    'headcount offered',
    (f) => f.request.resources?.staff?.headcount,
  ),
  'offered.funding': field(
    'number',
    '申请提供经费（元/年）',
    'funding offered (CNY a year)',
    (f) => f.request.resources?.funding?.amountPerYear,
  ),
  'matched.headcount': field(
    'number',
    '匹配编制数',
    'headcount matched',
    (f) => lastStep(f.request, 'matching')?.resources.staff?.headcount,
  ),
  'matched.funding': field(
    'number',
    '匹配经费（元/年）',
    'funding matched (CNY a year)',
    (f) => lastStep(f.request, 'matching')?.resources.funding?.amountPerYear,
  ),
  'evaluation.necessary': field(
    'boolean',
    '评估认为确需下派',
    'evaluation found it necessary',
    (f) => lastStep(f.request, 'evaluation')?.necessary,
  ),
  'evaluation.highlySpecialised': field(
    'boolean',
    '评估认为专业性强',
    'evaluation found it highly specialised',
    (f) => lastStep(f.request, 'evaluation')?.highlySpecialised,
  ),
  'evaluation.crossDepartment': field(
    'boolean',
    '评估认为跨部门',
    'evaluation found it cross-department',
    (f) => lastStep(f.request, 'evaluation')?.crossDepartment,
  ),
  'consultation.agreed': field(
    'boolean',
    '协商一致',
    'consultation agreed',
    (f) => lastStep(f.request, 'consultation')?.agreed,
  ),
  'decision.collective': field(
    'boolean',
    '集体研究决定',
    'collective decision',
    (f) => lastStep(f.request, 'decision')?.collective,
  ),
  'decision.outcome': field(
    'text',
    '决定结果',
    'decision',
    (f) => lastStep(f.request, 'decision')?.outcome,
    [admissionStageScheme],
  ),
} as const satisfies Record<string, AdmissionField>;

/**
 * The name of a field rules can look at.
 *
 * @example
 * ```ts
 * const name: AdmissionFieldName = 'targets.level';
 * ```
 */
export type AdmissionFieldName = keyof typeof admissionFields;

/** Every field name, for the schema of rules. */
export const admissionFieldNames = Object.keys(admissionFields) as [
  AdmissionFieldName,
  ...AdmissionFieldName[],
];

const procedurePrefixes = ['evaluation.', 'consultation.', 'matched.', 'decision.'];

/**
 * Whether a later step of the procedure can still change a field: what the evaluation,
 * consultation, matching and decision record, and the stage itself. A rule that fails on other
 * fields only (the means, the duty, the targets, the list) fails for good.
 *
 * @example
 * ```ts
 * awaitsProcedure('matched.funding'); // true
 * awaitsProcedure('means'); // false
 * ```
 */
export function awaitsProcedure(name: AdmissionFieldName): boolean {
  return (
    name === 'stage' ||
    name === 'steps' ||
    name === 'resources.matched' ||
    procedurePrefixes.some((p) => name.startsWith(p))
  );
}
