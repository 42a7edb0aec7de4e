import type { AdmissionRule } from './rule.js';

const village = { field: 'targets.level', contains: 'village' } as const;

/**
 * The rules every admission is held to, from the articles: the lawful means only, evaluation
 * and consultation, resources matched (人随事转、钱随事转), a collective decision by the county
 * Party committee and government, and for villages only assisting duties and never a
 * prohibited item (invariants 7 and 8, which block); work that is highly specialised or
 * cross-department belongs to the county, and a duty needs a basis (which warn).
 *
 * @example
 * ```ts
 * builtInAdmissionRules.filter((r) => r.invariant === 8).map((r) => r.id);
 * ```
 */
export const builtInAdmissionRules: readonly AdmissionRule[] = [
  {
    id: 'lawful-means',
    severity: 'blocks',
    invariant: 8,
    text: {
      zh: '不得以签订责任状、分解下达指标、考核验收等方式把工作任务转嫁乡镇(村)',
      en: 'no task is pushed down by a responsibility letter, a quota or an inspection; only by entry on the list',
    },
    require: { field: 'means', equals: 'list-entry' },
  },
  {
    id: 'evaluated',
    severity: 'blocks',
    invariant: 8,
    text: {
      zh: '准入前须经评估，确认确需下派',
      en: 'before admission the task is evaluated and found necessary',
    },
    require: { field: 'evaluation.necessary', equals: true },
  },
  {
    id: 'consulted',
    severity: 'blocks',
    invariant: 8,
    text: {
      zh: '须与承接的乡镇(村)委托协商并达成一致',
      en: 'the townships or villages that would take it on are consulted and agree',
    },
    require: { field: 'consultation.agreed', equals: true },
  },
  {
    id: 'resources-matched',
    severity: 'blocks',
    invariant: 8,
    text: {
      zh: '事权匹配，人财物保障到位（人随事转、钱随事转）',
      en: 'powers and resources are matched: staff, funding or means travel with the task',
    },
    require: { field: 'resources.matched', equals: true },
  },
  {
    id: 'collective-decision',
    severity: 'blocks',
    invariant: 8,
    text: {
      zh: '由县委县政府集体研究确定',
      en: 'the county Party committee and government decide collectively',
    },
    require: {
      all: [
        { field: 'decision.collective', equals: true },
        { field: 'decision.outcome', equals: 'admitted' },
      ],
    },
  },
  {
    id: 'village-not-prohibited',
    severity: 'blocks',
    invariant: 7,
    text: {
      zh: '禁入事项一律不得准入村(社区)',
      en: 'a prohibited item is never admitted to a village',
    },
    when: village,
    require: { holds: 'duty-not-prohibited' },
  },
  {
    id: 'village-assisting-only',
    severity: 'blocks',
    invariant: 7,
    text: {
      zh: '村(社区)只承接列入准入清单的协助政府工作事项',
      en: 'a village takes on only assisting duties entered on its admitted list',
    },
    when: village,
    require: { field: 'duty.section', equals: 'assisting' },
  },
  {
    id: 'list-of-target',
    severity: 'blocks',
    text: {
      zh: '对照的清单须属于下派对象之一',
      en: 'the list the request is checked against belongs to one of its targets',
    },
    require: { holds: 'list-among-targets' },
  },
  {
    id: 'not-yet-listed',
    severity: 'blocks',
    text: {
      zh: '事项尚未列入该清单（已列入的应走清单调整）',
      en: 'the duty is not on the list yet (a listed duty is amended instead)',
    },
    require: { holds: 'duty-not-on-list' },
  },
  {
    id: 'county-work-stays',
    severity: 'warns',
    text: {
      zh: '专业性强、跨部门或已由上级部门收回的工作原则上由县直部门承担',
      en: 'highly specialised or cross-department work, or work the county has reclaimed, belongs to the county',
    },
    require: {
      all: [
        { not: { field: 'evaluation.highlySpecialised', equals: true } },
        { not: { field: 'evaluation.crossDepartment', equals: true } },
        { holds: 'duty-not-reclaimed' },
      ],
    },
  },
  {
    id: 'has-basis',
    severity: 'warns',
    text: {
      zh: '事项应有法律法规或政策依据',
      en: 'the duty has a legal or policy basis',
    },
    require: { field: 'duty.legalBases', atLeast: 1 },
  },
];
