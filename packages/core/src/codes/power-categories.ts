import { defineScheme, type SchemeCode } from './concept.js';

/**
 * Power categories (权力类型 / 职权类别): the "9+X" of current power lists, with the names older
 * lists use kept as historic concepts, each pointing at the current one nearest it.
 *
 * @example
 * ```ts
 * findConcept(powerCategoryScheme, '监督检查')?.closeMatch; // 'administrative-inspection'
 * ```
 */
export const powerCategoryScheme = defineScheme(
  'power-category',
  { zh: '权力类型', en: 'Power category' },
  [
    {
      code: 'administrative-licensing',
      notation: 'XK',
      label: { zh: '行政许可', en: 'Administrative licensing' },
    },
    {
      code: 'administrative-penalty',
      notation: 'CF',
      label: { zh: '行政处罚', en: 'Administrative penalty' },
    },
    {
      code: 'administrative-coercion',
      notation: 'QZ',
      label: { zh: '行政强制', en: 'Administrative coercion' },
    },
    {
      code: 'administrative-levy',
      notation: 'ZS',
      label: { zh: '行政征收', en: 'Administrative levy' },
      altLabels: ['行政征用'],
    },
    {
      code: 'administrative-payment',
      notation: 'JF',
      label: { zh: '行政给付', en: 'Administrative payment' },
    },
    {
      code: 'administrative-inspection',
      notation: 'JC',
      label: { zh: '行政检查', en: 'Administrative inspection' },
    },
    {
      code: 'administrative-confirmation',
      notation: 'QR',
      label: { zh: '行政确认', en: 'Administrative confirmation' },
    },
    {
      code: 'administrative-reward',
      notation: 'JL',
      label: { zh: '行政奖励', en: 'Administrative reward' },
    },
    {
      code: 'administrative-adjudication',
      notation: 'CJ',
      label: { zh: '行政裁决', en: 'Administrative adjudication' },
    },
    {
      code: 'other-administrative-power',
      notation: 'QT',
      label: { zh: '其他行政权力', en: 'Other administrative power' },
      altLabels: ['其他权力', '其他'],
    },
    {
      code: 'public-service',
      notation: 'GG',
      label: { zh: '公共服务', en: 'Public service' },
      altLabels: ['公共服务事项'],
    },
    {
      code: 'administrative-approval',
      label: { zh: '行政审批', en: 'Administrative approval' },
      historic: true,
      closeMatch: 'administrative-licensing',
    },
    {
      code: 'supervision-inspection',
      label: { zh: '监督检查', en: 'Supervision and inspection' },
      historic: true,
      closeMatch: 'administrative-inspection',
    },
    {
      code: 'administrative-discretion',
      label: { zh: '行政裁量', en: 'Administrative discretion' },
      historic: true,
      closeMatch: 'other-administrative-power',
    },
  ] as const,
);

/**
 * A power category code.
 *
 * @example
 * ```ts
 * const category: PowerCategory = 'administrative-penalty';
 * ```
 */
export type PowerCategory = SchemeCode<typeof powerCategoryScheme>;
