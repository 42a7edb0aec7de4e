import { dice, nameBigrams } from './bigrams.js';
import { normaliseName } from './normalise-name.js';

/**
 * The Dice similarity of the character bigrams of two duty names, after {@link normaliseName}.
 *
 * @example
 * ```ts
 * nameSimilarity('農村危房改造', '协助开展农村危房改造工作'); // 1
 * ```
 */
export function nameSimilarity(a: string, b: string): number {
  return dice(nameBigrams(normaliseName(a)), nameBigrams(normaliseName(b)));
}
