import { defineScheme, type SchemeCode } from './concept.js';

/**
 * The status of a list edition. Only a draft may have gaps; see {@link publish}.
 *
 * @example
 * ```ts
 * listStatusScheme.concepts.map((c) => c.code); // ['draft', 'published', 'superseded']
 * ```
 */
export const listStatusScheme = defineScheme('list-status', { zh: '清单状态', en: 'List status' }, [
  { code: 'draft', label: { zh: '草案', en: 'Draft' } },
  { code: 'published', label: { zh: '已发布', en: 'Published' } },
  { code: 'superseded', label: { zh: '已被替代', en: 'Superseded' } },
] as const);

/**
 * A list status code.
 *
 * @example
 * ```ts
 * const status: ListStatus = 'published';
 * ```
 */
export type ListStatus = SchemeCode<typeof listStatusScheme>;
