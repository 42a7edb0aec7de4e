import { townshipSections, villageSections } from '@qingdan/core';
import { z } from 'zod';
import { fieldNames } from '../layout/fields.js';

const sections = [...townshipSections, ...villageSections] as const;

/**
 * A profile: how to read a layout that the importer does not recognise by itself, written as a
 * small YAML file. Every part is optional.
 *
 * @example
 * ```ts
 * profileSchema.parse({ section: 'basic', carryDown: ['domain'] });
 * ```
 */
export const profileSchema = z.strictObject({
  /** What the profile is for, for people. */
  description: z.string().exactOptional(),
  /** The section of every duty when neither a column nor the sheet name says it. */
  section: z.enum(sections).exactOptional(),
  /** Sheets by name (exact, or a regular expression between slashes): their section, or skip. */
  sheets: z
    .array(
      z.strictObject({
        match: z.string().min(1),
        section: z.enum(sections).exactOptional(),
        skip: z.boolean().exactOptional(),
      }),
    )
    .exactOptional(),
  /** The 1-based row of the header, when it cannot be found by its words. */
  headerRow: z.number().int().min(1).exactOptional(),
  /** Header text → field, for headers the importer does not know; `extra` keeps a column as it is. */
  columns: z.record(z.string().min(1), z.enum([...fieldNames, 'extra'])).exactOptional(),
  /** Rows to skip: any whose first non-empty cell matches this regular expression. */
  skipRowsMatching: z.string().exactOptional(),
  /** Fields whose empty cells mean "the same as the row above" (for CSV, which has no merges). */
  carryDown: z.array(z.enum(fieldNames)).exactOptional(),
  /** The list's own fields (title, division, issuer …), as in a list file. */
  list: z.record(z.string(), z.unknown()).exactOptional(),
});

/**
 * A profile for an unusual layout.
 *
 * @example
 * ```ts
 * const profile: Profile = { section: 'basic', columns: { 职责事项: 'name', 责任单位: 'offices' } };
 * ```
 */
export type Profile = z.output<typeof profileSchema>;
