import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DutyList } from '../model/duty-list.js';
import { editionPairWarnings } from './edition-pair.js';

const codes = (a: DutyList, b: DutyList) => editionPairWarnings(a, b).map((w) => w.code);

describe('editionPairWarnings', () => {
  it('warns of nothing for a list diffed with itself, or with a later edition of it', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        expect(codes(list, list)).toEqual([]);
        const later: DutyList = {
          ...list,
          id: `${list.id}-next`,
          supersedes: list.id,
          issued: '2999-01-01',
        };
        expect(codes({ ...list, issued: '2000-01-01' }, later)).toEqual([]);
      }),
    );
  });

  it('says the editions are reversed when the old one supersedes the new or was issued later', () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        const older: DutyList = { ...list, issued: '2024-01-01' };
        const newer: DutyList = { ...list, id: `${list.id}-next`, issued: '2025-01-01' };
        expect(codes(newer, older)).toEqual(['diff-editions-reversed']);
        const { issued: _a, ...undated } = older;
        const { issued: _b, ...undatedNewer } = newer;
        expect(codes({ ...undatedNewer, supersedes: undated.id }, undated)).toEqual([
          'diff-editions-reversed',
        ]);
        expect(codes(undatedNewer, undated)).toEqual([]);
      }),
    );
  });

  it("says two places' lists are not two editions, and only that", () => {
    fc.assert(
      fc.property(dutyListArbitrary(), (list) => {
        const elsewhere: DutyList = {
          ...list,
          id: `${list.id}-x`,
          division: { ...list.division, code: `${list.division.code}9` },
          issued: '1999-01-01',
        };
        const warnings = editionPairWarnings({ ...list, issued: '2024-01-01' }, elsewhere);
        expect(warnings.map((w) => w.code)).toEqual(['diff-lists-of-different-divisions']);
        expect(warnings[0]?.params).toMatchObject({
          old: `${list.division.name} ${list.division.code}`,
          new: `${list.division.name} ${list.division.code}9`,
        });
      }),
    );
  });
});
