import { z } from 'zod';
import { fromZodIssues } from '../issues/from-zod.js';
import type { Result } from '../issues/result.js';
import { type Amendment, amendmentSchema } from './amendment.js';
import { retagDiscriminator } from './retag-discriminator.js';

const amendmentsSchema = z.array(amendmentSchema);

/**
 * Checks amendments read from a file (JSON or YAML, already parsed) against their schema.
 * Every issue has a path into the input.
 *
 * @example
 * ```ts
 * const result = parseAmendments(yaml.parse(text));
 * if (result.ok) applyAmendments(edition, result.value);
 * ```
 */
export function parseAmendments(input: unknown): Result<Amendment[]> {
  const parsed = amendmentsSchema.safeParse(input, { reportInput: true });
  if (!parsed.success)
    return { ok: false, issues: retagDiscriminator(fromZodIssues(parsed.error.issues)) };
  return { ok: true, value: parsed.data as Amendment[], warnings: [] };
}
