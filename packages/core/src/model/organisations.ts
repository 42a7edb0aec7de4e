import { z } from 'zod';
import { schemeCodes } from '../codes/concept.js';
import { officeTypeScheme } from '../codes/office-types.js';
import type { Immutable } from './immutable.js';
import { keySchema, textSchema } from './primitives.js';

/**
 * A county department (县直部门): the body that leads a cooperating duty, receives a reclaimed
 * one, or delegates a power. `creditCode` is its unified social credit code where known.
 *
 * @example
 * ```ts
 * departmentSchema.parse({ key: 'yjj', name: '黄梅县应急管理局', aliases: ['县应急局'] });
 * ```
 */
export const departmentSchema = z.strictObject({
  key: keySchema,
  name: textSchema,
  nameEn: textSchema.exactOptional(),
  aliases: z.array(textSchema).exactOptional(),
  creditCode: z.string().exactOptional(),
});

/**
 * A county department.
 *
 * @example
 * ```ts
 * const d: Department = { key: 'yjj', name: '黄梅县应急管理局', aliases: ['县应急局'] };
 * ```
 */
export type Department = Immutable<z.output<typeof departmentSchema>>;

/**
 * A township's own undertaking office (承办机构), which carries its duties.
 *
 * @example
 * ```ts
 * officeSchema.parse({ key: 'shsw', name: '社会事务办公室', type: 'office' });
 * ```
 */
export const officeSchema = z.strictObject({
  key: keySchema,
  name: textSchema,
  nameEn: textSchema.exactOptional(),
  type: z.enum(schemeCodes(officeTypeScheme)).exactOptional(),
  aliases: z.array(textSchema).exactOptional(),
});

/**
 * An undertaking office of a township.
 *
 * @example
 * ```ts
 * const o: Office = { key: 'shsw', name: '社会事务办公室', type: 'office' };
 * ```
 */
export type Office = Immutable<z.output<typeof officeSchema>>;

/**
 * Who issued a list edition.
 *
 * @example
 * ```ts
 * issuerSchema.parse({ name: '中共黄梅县委机构编制委员会办公室' });
 * ```
 */
export const issuerSchema = z.strictObject({
  name: textSchema,
  nameEn: textSchema.exactOptional(),
  creditCode: z.string().exactOptional(),
});

/**
 * The body that issued a list edition.
 *
 * @example
 * ```ts
 * const i: Issuer = { name: '中共黄梅县委机构编制委员会办公室' };
 * ```
 */
export type Issuer = Immutable<z.output<typeof issuerSchema>>;
