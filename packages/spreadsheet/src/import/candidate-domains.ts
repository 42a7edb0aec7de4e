import { type ListDomain, type Section, villageSections } from '@qingdan/core';
import type { ListVocabulary } from '../layout/bodies.js';
import type { Candidate } from './candidate.js';
import { distinctTexts } from './distinct-texts.js';

/**
 * The kind of list the candidates make when nothing says it: a village list when every duty is
 * in a village section, else a township list (an empty import is a township list).
 */
export function kindOfCandidates(candidates: readonly Candidate[]): 'village' | 'township' {
  const sections = candidates.map((c) => c.duty.section as Section);
  const village =
    sections.length > 0 &&
    sections.every((s) => (villageSections as readonly string[]).includes(s));
  return village ? 'village' : 'township';
}

/**
 * Turns the candidates' domain texts into codes once every row is read, since whether the list
 * needs its own domain scheme depends on all of them; returns that scheme when it is needed.
 */
export function resolveCandidateDomains(
  candidates: readonly Candidate[],
  vocab: ListVocabulary,
): ListDomain[] | undefined {
  const texts = distinctTexts(candidates.map((c) => (c.duty.domain as string | undefined) ?? ''));
  const { domains, codeOf } = vocab.resolveDomains(texts);
  for (const c of candidates)
    if (typeof c.duty.domain === 'string') c.duty.domain = codeOf(c.duty.domain);
  return domains;
}
