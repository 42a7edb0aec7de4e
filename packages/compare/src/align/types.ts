import type { DutyList } from '@qingdan/core';

/**
 * What a match rests on, so that a researcher can judge it: the shared item code, the shared
 * provisions (instrument key and article), and the similarity of the normalised names.
 *
 * @example
 * ```ts
 * const e: MatchEvidence = { provisions: ['安全生产法#79'], nameSimilarity: 0.62, matchedName: '安全生产检查' };
 * ```
 */
export interface MatchEvidence {
  /** The item code both duties carry, when they matched by code. */
  readonly code?: string;
  /** Provisions cited by both, as `instrumentKey#article`. */
  readonly provisions: readonly string[];
  /** Dice similarity of the character bigrams of the normalised names, 0 to 1. */
  readonly nameSimilarity: number;
  /** The normalised name in the concept that this duty's name was compared with. */
  readonly matchedName: string;
}

/**
 * One duty of one list within a duty concept. The duty that founded the concept has no evidence
 * and a score of 1.
 *
 * @example
 * ```ts
 * const m: ConceptMember = { list: 0, duty: 12, score: 1 };
 * ```
 */
export interface ConceptMember {
  /** Index of the list among those aligned. */
  readonly list: number;
  /** Index of the duty in that list's `duties`. */
  readonly duty: number;
  readonly score: number;
  readonly evidence?: MatchEvidence;
}

/**
 * A duty concept: the duties of different lists that are taken to be the same duty. A concept
 * holds at most one duty of each list.
 *
 * @example
 * ```ts
 * const c: DutyConcept = { id: 'C000001', label: '农村危房改造', members: [{ list: 0, duty: 3, score: 1 }] };
 * ```
 */
export interface DutyConcept {
  readonly id: string;
  /** The normalised name of the duty that founded the concept. */
  readonly label: string;
  readonly members: readonly ConceptMember[];
}

/**
 * The duties of many lists aligned into duty concepts.
 *
 * @example
 * ```ts
 * const alignment = alignLists([a, b]);
 * alignment.concepts[alignment.conceptOf[0]![3]!]?.members.length;
 * ```
 */
export interface Alignment {
  readonly lists: readonly DutyList[];
  readonly concepts: readonly DutyConcept[];
  /** For each list, for each duty (by index), the index of its concept in `concepts`. */
  readonly conceptOf: readonly Int32Array[];
  readonly options: Readonly<AlignOptions>;
}

/**
 * Thresholds and switches of the alignment.
 *
 * @example
 * ```ts
 * alignLists(lists, { nameThreshold: 0.7 });
 * ```
 */
export interface AlignOptions {
  /** Names at least this similar match without other evidence. Default 0.6. */
  readonly nameThreshold: number;
  /** Names at least this similar match when the duties also cite the same article. Default 0.15. */
  readonly basisThreshold: number;
  /** Added to the score when the duties cite the same article. Default 0.2. */
  readonly basisBonus: number;
  /** Whether the same item code makes a match. Default true. */
  readonly byCode: boolean;
  /** Called after each list is aligned, with how many are done, for progress bars. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The default thresholds, chosen on the tuning part (three of five lists) of the hand-labelled
 * fixture.
 *
 * @example
 * ```ts
 * defaultAlignOptions.nameThreshold; // 0.6
 * ```
 */
export const defaultAlignOptions: AlignOptions = {
  nameThreshold: 0.6,
  basisThreshold: 0.15,
  basisBonus: 0.2,
  byCode: true,
};
