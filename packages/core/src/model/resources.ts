import { z } from 'zod';
import type { Immutable } from './immutable.js';
import { textSchema } from './primitives.js';

/**
 * What travels with a delegated or admitted task (人随事转、钱随事转): staff headcount (编制),
 * funding in CNY per year, equipment, platforms and training.
 *
 * @example
 * ```ts
 * resourcesSchema.parse({ staff: { headcount: 2 }, training: ['行政执法资格培训'] });
 * ```
 */
export const resourcesSchema = z.strictObject({
  staff: z
    .strictObject({
      headcount: z.number().int().min(0),
      kind: textSchema.exactOptional(),
    })
    .exactOptional(),
  funding: z
    .strictObject({
      amountPerYear: z.number().min(0),
      source: textSchema.exactOptional(),
    })
    .exactOptional(),
  equipment: z.array(textSchema).exactOptional(),
  platforms: z.array(textSchema).exactOptional(),
  training: z.array(textSchema).exactOptional(),
  note: textSchema.exactOptional(),
});

/**
 * Resources sent along with a task.
 *
 * @example
 * ```ts
 * const r: Resources = { staff: { headcount: 2, kind: '行政执法专项编制' }, funding: { amountPerYear: 80000 } };
 * ```
 */
export type Resources = Immutable<z.output<typeof resourcesSchema>>;

/**
 * Whether resources actually carry something: a headcount or funding above zero, or some
 * equipment, platform or training. An empty `resources: {}` carries nothing.
 *
 * @example
 * ```ts
 * carriesResources({ funding: { amountPerYear: 0 } }); // false
 * carriesResources({ platforms: ['粤政易'] }); // true
 * ```
 */
export function carriesResources(resources: Resources | undefined): boolean {
  if (!resources) return false;
  return (
    (resources.staff?.headcount ?? 0) > 0 ||
    (resources.funding?.amountPerYear ?? 0) > 0 ||
    (resources.equipment?.length ?? 0) > 0 ||
    (resources.platforms?.length ?? 0) > 0 ||
    (resources.training?.length ?? 0) > 0
  );
}
