import { z } from 'zod';
import { fromZodIssues } from '../issues/from-zod.js';
import type { Result } from '../issues/result.js';
import { withTextChecks } from '../text/with-text-checks.js';
import { type Amendment, amendmentSchema } from './amendment.js';
import { retagDiscriminator } from './retag-discriminator.js';
import { structureBases, withStructuredBases } from './structure-bases.js';

const amendmentsSchema = z.array(amendmentSchema);

function parseShape(input: unknown): Result<Amendment[]> {
  const parsed = amendmentsSchema.safeParse(input, { reportInput: true });
  if (!parsed.success)
    return { ok: false, issues: retagDiscriminator(fromZodIssues(parsed.error.issues)) };
  const value = (parsed.data as Amendment[]).map((a): Amendment => {
    if ('duty' in a) return { ...a, duty: withStructuredBases(a.duty) };
    if (a.change === 'rebased') return { ...a, legalBases: structureBases(a.legalBases) };
    return a;
  });
  return { ok: true, value, warnings: [] };
}

/**
 * Checks amendments read from a file (JSON or YAML, already parsed) against their schema, and
 * their text as list files' text is checked. Every issue has a path into the input.
 *
 * @example
 * ```ts
 * const result = parseAmendments(yaml.parse(text));
 * if (result.ok) applyAmendments(edition, result.value);
 * ```
 */
export function parseAmendments(input: unknown): Result<Amendment[]> {
  return withTextChecks(input, parseShape);
}
