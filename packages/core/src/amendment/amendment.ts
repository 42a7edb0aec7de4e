import { z } from 'zod';
import { amendmentReasonScheme } from '../codes/amendment-reasons.js';
import { schemeCodes } from '../codes/concept.js';
import { dutySchema } from '../model/duty.js';
import { dutyListSchema, listDomainSchema } from '../model/duty-list.js';
import type { Immutable } from '../model/immutable.js';
import { legalBasisInputSchema, structuredLegalBasisSchema } from '../model/legal-basis.js';
import { departmentSchema, officeSchema } from '../model/organisations.js';
import { isoDateSchema, keySchema, textSchema } from '../model/primitives.js';

/** Where a placed duty goes: after the duty with this key; `null` first; absent last. */
const after = keySchema.nullable().exactOptional();

/**
 * The fields of an edition that are not its duties or its organisations.
 *
 * @example
 * ```ts
 * editionHeaderSchema.shape.documentNumber; // the header's document number field
 * ```
 */
export const editionHeaderSchema = dutyListSchema.omit({
  offices: true,
  departments: true,
  domains: true,
  duties: true,
});

/** Why, by whom and when: what every amendment records (立改废释、政策、基层反馈). */
const record = {
  reason: z.enum(schemeCodes(amendmentReasonScheme)),
  basis: structuredLegalBasisSchema.exactOptional(),
  note: textSchema.exactOptional(),
  approvedBy: textSchema,
  approvedOn: isoDateSchema.exactOptional(),
  documentNumber: textSchema.exactOptional(),
};

/**
 * The schema of one amendment, told apart by `change`.
 *
 * @example
 * ```ts
 * amendmentSchema.parse({ change: 'removed', key: 'JB-09-004', reason: 'policy-change', approvedBy: '黄梅县委编办' });
 * ```
 */
export const amendmentSchema = z.discriminatedUnion('change', [
  z.strictObject({ change: z.literal('added'), ...record, duty: dutySchema, after }),
  z.strictObject({ change: z.literal('removed'), ...record, key: keySchema }),
  z.strictObject({
    change: z.literal('moved'),
    ...record,
    key: keySchema,
    duty: dutySchema,
    after,
  }),
  z.strictObject({
    change: z.literal('reworded'),
    ...record,
    key: keySchema,
    name: textSchema,
    nameEn: textSchema.exactOptional(),
    description: textSchema.exactOptional(),
  }),
  z.strictObject({
    change: z.literal('rebased'),
    ...record,
    key: keySchema,
    legalBases: z.array(legalBasisInputSchema),
  }),
  z.strictObject({
    change: z.literal('reassigned'),
    ...record,
    key: keySchema,
    offices: z.array(keySchema),
    departments: z.array(keySchema).exactOptional(),
  }),
  z.strictObject({ change: z.literal('revised'), ...record, key: keySchema, duty: dutySchema }),
  z.strictObject({ change: z.literal('reordered'), ...record, order: z.array(keySchema) }),
  z.strictObject({
    change: z.literal('organisations'),
    ...record,
    offices: z.array(officeSchema),
    departments: z.array(departmentSchema),
    domains: z.array(listDomainSchema).exactOptional(),
  }),
  z.strictObject({ change: z.literal('edition'), ...record, header: editionHeaderSchema }),
]);

/**
 * One recorded change to a list edition (动态调整): a duty added, removed, moved to another
 * section (a basic duty reclaimed by the county, say), reworded, re-based on other legal bases,
 * reassigned to other offices or departments, otherwise revised; the duties reordered; the
 * offices and departments redefined; or the edition's header replaced. Each says why
 * (`reason`), who approved it and when. A duty keeps its `key` through every change.
 *
 * @example
 * ```ts
 * const a: Amendment = {
 *   change: 'rebased', key: 'JB-05-003', reason: 'law-amended', approvedBy: '黄梅县委编办',
 *   approvedOn: '2025-03-01', legalBases: [{ instrument: { title: '湖北省消防条例', rank: 'local-regulation' }, provisions: [{ article: 12 }] }],
 * };
 * ```
 */
export type Amendment = Immutable<z.output<typeof amendmentSchema>>;

/**
 * What kind of change an amendment makes.
 *
 * @example
 * ```ts
 * const kinds: AmendmentChange[] = diffEditions(a, b).map((x) => x.change);
 * ```
 */
export type AmendmentChange = Amendment['change'];

/**
 * The header of an edition: every field but its duties, offices, departments and domains.
 *
 * @example
 * ```ts
 * const { offices, departments, domains, duties, ...header } = list; const h: EditionHeader = header;
 * ```
 */
export type EditionHeader = Immutable<z.output<typeof editionHeaderSchema>>;

/**
 * Who approved a set of amendments, when and why: what {@link diffEditions} stamps on each
 * amendment it finds.
 *
 * @example
 * ```ts
 * const r: AmendmentRecord = { reason: 'edition-revision', approvedBy: '黄梅县人民政府', approvedOn: '2025-06-30' };
 * ```
 */
export type AmendmentRecord = Pick<
  Amendment,
  'reason' | 'basis' | 'note' | 'approvedBy' | 'approvedOn' | 'documentNumber'
>;
