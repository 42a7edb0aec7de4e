import { defineScheme, type SchemeCode } from './concept.js';

/**
 * Levels of administrative division (行政区划层级).
 *
 * @example
 * ```ts
 * findConcept(divisionLevelScheme, '乡镇(街道)')?.code; // 'township'
 * ```
 */
export const divisionLevelScheme = defineScheme(
  'division-level',
  { zh: '行政区划层级', en: 'Division level' },
  [
    { code: 'province', label: { zh: '省级', en: 'Province' } },
    { code: 'city', label: { zh: '市级', en: 'City' } },
    { code: 'county', label: { zh: '县级', en: 'County' } },
    { code: 'township', label: { zh: '乡镇(街道)', en: 'Township' } },
    { code: 'village', label: { zh: '村(社区)', en: 'Village' } },
  ] as const,
);

/**
 * A level of administrative division.
 *
 * @example
 * ```ts
 * const level: DivisionLevel = 'township';
 * ```
 */
export type DivisionLevel = SchemeCode<typeof divisionLevelScheme>;
