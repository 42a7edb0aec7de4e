import { defineScheme, type SchemeCode } from './concept.js';

/**
 * The sections of a township duty list (乡镇(街道)履行职责事项清单).
 *
 * @example
 * ```ts
 * findConcept(townshipSectionScheme, '配合履职事项')?.code; // 'cooperating'
 * ```
 */
export const townshipSectionScheme = defineScheme(
  'township-section',
  { zh: '乡镇履职事项类别', en: 'Township duty section' },
  [
    { code: 'basic', label: { zh: '基本履职事项', en: 'Basic duty' } },
    { code: 'cooperating', label: { zh: '配合履职事项', en: 'Cooperating duty' } },
    {
      code: 'reclaimed',
      label: { zh: '上级部门收回事项', en: 'Reclaimed duty' },
      altLabels: ['收回事项'],
    },
    {
      code: 'delegated',
      label: { zh: '赋权(委托)事项', en: 'Delegated power' },
      altLabels: ['赋权事项', '委托事项', '下放事项'],
    },
  ] as const,
);

/**
 * The kinds of item on a village (community) work list (村(社区)工作事项清单).
 *
 * @example
 * ```ts
 * findConcept(villageItemKindScheme, '禁入事项')?.code; // 'prohibited'
 * ```
 */
export const villageItemKindScheme = defineScheme(
  'village-item-kind',
  { zh: '村(社区)工作事项类别', en: 'Village item kind' },
  [
    {
      code: 'selfGovernance',
      label: { zh: '依法履职事项', en: 'Self-governance duty' },
      altLabels: ['自治事项', '群众自治工作职责', '可办理事项'],
    },
    {
      code: 'assisting',
      label: { zh: '协助政府工作事项', en: 'Assisting duty' },
      altLabels: ['协助办理事项', '协助政府工作职责'],
    },
    {
      code: 'prohibited',
      label: { zh: '禁入事项', en: 'Prohibited item' },
      altLabels: ['负面清单', '不应由村承担事项', '不可办理事项'],
    },
    {
      code: 'certificateToAbolish',
      label: { zh: '应取消证明事项', en: 'Certificate to abolish' },
      altLabels: ['应取消各类证明'],
    },
  ] as const,
);

/**
 * A section of a township list.
 *
 * @example
 * ```ts
 * const section: TownshipSection = 'cooperating';
 * ```
 */
export type TownshipSection = SchemeCode<typeof townshipSectionScheme>;
/**
 * A kind of village item.
 *
 * @example
 * ```ts
 * const kind: VillageItemKind = 'prohibited';
 * ```
 */
export type VillageItemKind = SchemeCode<typeof villageItemKindScheme>;
/**
 * Any section a duty can be in.
 *
 * @example
 * ```ts
 * const section: Section = 'certificateToAbolish';
 * ```
 */
export type Section = TownshipSection | VillageItemKind;

/**
 * How a county power reaches a township (赋权 or 委托).
 *
 * @example
 * ```ts
 * findConcept(delegationModeScheme, '委托')?.code; // 'entrusted'
 * ```
 */
export const delegationModeScheme = defineScheme(
  'delegation-mode',
  { zh: '下放方式', en: 'Delegation mode' },
  [
    { code: 'empowered', label: { zh: '赋权', en: 'Empowered' } },
    { code: 'entrusted', label: { zh: '委托', en: 'Entrusted' } },
  ] as const,
);

/**
 * How a power is delegated.
 *
 * @example
 * ```ts
 * const mode: DelegationMode = 'entrusted';
 * ```
 */
export type DelegationMode = SchemeCode<typeof delegationModeScheme>;

/**
 * The kinds of list: a township's, or a village's (community's).
 *
 * @example
 * ```ts
 * listKindScheme.concepts[0]?.label.zh; // '乡镇(街道)履行职责事项清单'
 * ```
 */
export const listKindScheme = defineScheme('list-kind', { zh: '清单类型', en: 'List kind' }, [
  { code: 'township', label: { zh: '乡镇(街道)履行职责事项清单', en: 'Township duty list' } },
  { code: 'village', label: { zh: '村(社区)工作事项清单', en: 'Village work list' } },
] as const);

/**
 * A kind of list.
 *
 * @example
 * ```ts
 * const kind: ListKind = 'village';
 * ```
 */
export type ListKind = SchemeCode<typeof listKindScheme>;
