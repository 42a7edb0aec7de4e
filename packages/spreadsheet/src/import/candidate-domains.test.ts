import { villageSections } from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { ListVocabulary } from '../layout/bodies.js';
import type { Candidate } from './candidate.js';
import { kindOfCandidates, resolveCandidateDomains } from './candidate-domains.js';

const candidate = (duty: Record<string, unknown>): Candidate => ({
  duty,
  report: { file: 'a.csv', sheet: 'S', row: 2, status: 'imported', issues: [] },
  columns: new Map(),
});

describe('kindOfCandidates', () => {
  it('is a village list only when every duty is in a village section', () => {
    const village = villageSections[0];
    expect(kindOfCandidates([candidate({ section: village })])).toBe('village');
    expect(
      kindOfCandidates([candidate({ section: village }), candidate({ section: 'delegated' })]),
    ).toBe('township');
    expect(kindOfCandidates([])).toBe('township');
  });
});

describe('resolveCandidateDomains', () => {
  it('codes every domain text, giving the list its own scheme for a text no scheme has', () => {
    const a = candidate({ domain: '某某特色产业' });
    const b = candidate({ domain: '某某特色产业' });
    const none = candidate({});
    const domains = resolveCandidateDomains([a, b, none], new ListVocabulary([], [], undefined));
    expect(domains?.map((d) => d.label.zh)).toContain('某某特色产业');
    const code = domains?.find((d) => d.label.zh === '某某特色产业')?.code;
    expect(a.duty.domain).toBe(code);
    expect(b.duty.domain).toBe(code);
    expect(none.duty.domain).toBeUndefined();
  });
});
