import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDutyList, type DutyList, type IssueCode, parseDutyList } from '../src/index.js';
import { commonFields, replaceDuty } from './mutate.js';

type Mutation = (list: DutyList, index: number) => DutyList;

/** Lists with at least one duty, and the index of the duty to break. */
const target = (kind: DutyList['kind'], status: DutyList['status']) =>
  dutyListArbitrary({ kind, status, minDuties: 1, maxDuties: 6 }).chain((list) =>
    fc.tuple(fc.constant(list), fc.nat({ max: list.duties.length - 1 })),
  );

const cases: {
  invariant: number;
  code: IssueCode;
  kind: DutyList['kind'];
  field: string;
  mutate: Mutation;
}[] = [
  {
    invariant: 1,
    code: 'cooperating-lead-department-missing',
    kind: 'township',
    field: 'leadDepartments',
    mutate: (l, i) =>
      replaceDuty(l, i, {
        ...commonFields(l.duties[i]!),
        section: 'cooperating',
        leadDepartments: [],
      }),
  },
  {
    invariant: 2,
    code: 'delegated-resources-missing',
    kind: 'township',
    field: 'resources',
    mutate: (l, i) => {
      const { resources: _dropped, ...rest } = commonFields(l.duties[i]!);
      return replaceDuty(l, i, {
        ...rest,
        section: 'delegated',
        delegationMode: 'entrusted',
        delegatingDepartments: [],
      });
    },
  },
  {
    invariant: 2,
    code: 'assisting-resources-missing',
    kind: 'village',
    field: 'resources',
    mutate: (l, i) =>
      replaceDuty(l, i, {
        ...commonFields(l.duties[i]!),
        section: 'assisting',
        requestingDepartments: [],
        resources: { funding: { amountPerYear: 0 }, equipment: [] },
      }),
  },
  {
    invariant: 3,
    code: 'reclaimed-receiving-unit-missing',
    kind: 'township',
    field: 'receivingDepartments',
    mutate: (l, i) =>
      replaceDuty(l, i, {
        ...commonFields(l.duties[i]!),
        section: 'reclaimed',
        receivingDepartments: [],
        reclaimReasons: [],
      }),
  },
  {
    invariant: 4,
    code: 'basic-office-missing',
    kind: 'township',
    field: 'offices',
    mutate: (l, i) =>
      replaceDuty(l, i, {
        ...commonFields(l.duties[i]!),
        section: 'basic',
        offices: [],
        legalBases: [{ instrument: { title: '中华人民共和国传染病防治法' }, provisions: [] }],
      }),
  },
  {
    invariant: 5,
    code: 'basic-legal-basis-missing',
    kind: 'township',
    field: 'legalBases',
    mutate: (l, i) =>
      replaceDuty(l, i, {
        ...commonFields(l.duties[i]!),
        section: 'basic',
        offices: l.offices.slice(0, 1).map((o) => o.key),
        legalBases: [],
      }),
  },
];

describe.each(cases)('invariant $invariant: $code', ({ invariant, code, kind, field, mutate }) => {
  it('a published edition that breaks it is rejected with that code, at that duty', () => {
    fc.assert(
      fc.property(target(kind, 'published'), ([list, index]) => {
        const result = parseDutyList(mutate(list, index));
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const found = result.issues.find((i) => i.code === code);
        expect(found).toMatchObject({
          severity: 'error',
          invariant,
          path: ['duties', index, field],
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a draft that breaks it is accepted, with the gap as a warning', () => {
    fc.assert(
      fc.property(target(kind, 'draft'), ([list, index]) => {
        const result = parseDutyList(mutate(list, index));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.warnings.map((w) => [w.code, w.invariant, w.severity])).toContainEqual([
          code,
          invariant,
          'warning',
        ]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('invariant 5: legal bases are structured', () => {
  it('a legal basis kept as text is a gap, at its own path', () => {
    fc.assert(
      fc.property(target('township', 'published'), ([list, index]) => {
        const duty = list.duties[index]!;
        const broken = replaceDuty(list, index, {
          ...duty,
          legalBases: [...duty.legalBases, { text: '——' }],
        });
        const issues = checkDutyList(broken);
        expect(issues).toContainEqual(
          expect.objectContaining({
            code: 'legal-basis-unstructured',
            invariant: 5,
            severity: 'error',
            path: ['duties', index, 'legalBases', duty.legalBases.length],
          }),
        );
      }),
      { numRuns: 60 },
    );
  });
});

describe('invariant 6: one section per duty, unique keys', () => {
  const pair = (status: DutyList['status']) =>
    dutyListArbitrary({ status, minDuties: 2, maxDuties: 6 }).chain((list) =>
      fc.tuple(
        fc.constant(list),
        fc.uniqueArray(fc.nat({ max: list.duties.length - 1 }), { minLength: 2, maxLength: 2 }),
      ),
    );

  it('the same key twice is an error, for drafts too', () => {
    fc.assert(
      fc.property(pair('draft'), ([list, [a, b]]) => {
        const first = Math.min(a!, b!);
        const second = Math.max(a!, b!);
        const broken = replaceDuty(list, second, {
          ...list.duties[second]!,
          key: list.duties[first]!.key,
        });
        const result = parseDutyList(broken);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.issues).toContainEqual(
            expect.objectContaining({
              code: 'duplicate-key',
              invariant: 6,
              severity: 'error',
              path: ['duties', second, 'key'],
            }),
          );
      }),
      { numRuns: 60 },
    );
  });

  it('the same published item code twice (one duty in two sections) is an error', () => {
    fc.assert(
      fc.property(pair('published'), ([list, [a, b]]) => {
        const first = Math.min(a!, b!);
        const second = Math.max(a!, b!);
        const withCodes = replaceDuty(
          replaceDuty(list, first, { ...list.duties[first]!, code: 'X-001' }),
          second,
          {
            ...list.duties[second]!,
            code: 'X-001',
          },
        );
        const result = parseDutyList(withCodes);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.issues).toContainEqual(
            expect.objectContaining({
              code: 'duplicate-code',
              invariant: 6,
              path: ['duties', second, 'code'],
            }),
          );
      }),
      { numRuns: 60 },
    );
  });

  it('a duty in no known section is rejected at its section field', () => {
    fc.assert(
      fc.property(target('township', 'draft'), ([list, index]) => {
        const broken = replaceDuty(list, index, { ...list.duties[index]!, section: 'both' });
        const result = parseDutyList(broken);
        expect(result.ok).toBe(false);
        if (!result.ok)
          expect(result.issues).toContainEqual(
            expect.objectContaining({
              code: 'invalid-section',
              path: ['duties', index, 'section'],
            }),
          );
      }),
      { numRuns: 30 },
    );
  });
});
