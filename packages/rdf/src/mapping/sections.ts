import type { Duty } from '@qingdan/core';
import { sectionMappings } from './description/index.js';

/**
 * The class of the vocabulary each section's duties belong to, as the mapping's description
 * gives it. In JSON-LD, `section` is `@type` and the section codes are terms of the context
 * naming these classes.
 *
 * @example
 * ```ts
 * sectionClass.cooperating; // 'https://w3id.org/qingdan/ns#CooperatingDuty'
 * ```
 */
export const sectionClass: { readonly [S in Duty['section']]: string } = Object.fromEntries(
  Object.entries(sectionMappings).map(([section, s]) => [section, s.class]),
) as { readonly [S in Duty['section']]: string };
