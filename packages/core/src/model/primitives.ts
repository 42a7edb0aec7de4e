import { z } from 'zod';
import { visibleCharacter } from '../text/blank.js';

/**
 * A key: the stable identity of a duty, office, department or list within its scope. Letters of
 * any script, digits, `.`, `_` and `-`; it becomes part of IRIs, so no spaces or `/ ? #`.
 *
 * @example
 * ```ts
 * keySchema.safeParse('JB-01-003').success; // true
 * ```
 */
export const keySchema = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, { error: 'key' });

/**
 * A text field: non-empty text, as published, that shows something — a name, a title, a note
 * of only spaces or zero-width characters names nothing (`text-blank`). Every text field of the
 * model is this schema. The characters a text may hold are checked apart, for every string of
 * the input whatever its schema (see `textValueIssues`).
 *
 * @example
 * ```ts
 * textSchema.safeParse('').success; // false
 * textSchema.safeParse('\u3000').success; // false
 * ```
 */
export const textSchema = z
  .string()
  .min(1, { abort: true })
  .regex(visibleCharacter, { error: 'text-blank' });

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return false;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A calendar date, `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * isoDateSchema.safeParse('2024-02-30').success; // false
 * ```
 */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'date' })
  .refine(isRealDate, { error: 'date' });
