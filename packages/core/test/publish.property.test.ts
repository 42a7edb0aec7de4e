import { dutyListArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asPublished, checkDutyList, publish } from '../src/index.js';
import { commonFields, replaceDuty } from './mutate.js';

describe('publish', () => {
  it('publishes a draft that has no gap, with its date and document number', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ status: 'draft' }), (draft) => {
        const result = publish(draft, {
          issued: '2024-11-26',
          documentNumber: '梅编发〔2024〕8号',
        });
        expect(result.ok).toBe(true);
        if (result.ok)
          expect(result.value).toMatchObject({
            status: 'published',
            issued: '2024-11-26',
            documentNumber: '梅编发〔2024〕8号',
          });
      }),
      { numRuns: 50 },
    );
  });

  it('refuses a draft with a gap, listing every gap as an error after not-publishable', () => {
    fc.assert(
      fc.property(
        dutyListArbitrary({ status: 'draft', kind: 'township', minDuties: 1 }).chain((l) =>
          fc.tuple(fc.constant(l), fc.nat({ max: l.duties.length - 1 })),
        ),
        ([draft, i]) => {
          const gap = replaceDuty(draft, i, {
            ...commonFields(draft.duties[i]!),
            section: 'cooperating',
            leadDepartments: [],
          });
          const result = publish(gap);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.issues[0]?.code).toBe('not-publishable');
          expect(result.issues.slice(1).every((x) => x.severity === 'error')).toBe(true);
          expect(result.issues.some((x) => x.code === 'cooperating-lead-department-missing')).toBe(
            true,
          );
          expect(checkDutyList(gap).every((x) => x.severity === 'warning')).toBe(true);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('asPublished refuses a draft, even one without gaps', () => {
    fc.assert(
      fc.property(dutyListArbitrary({ status: 'draft', maxDuties: 3 }), (draft) => {
        const result = asPublished(draft);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 20 },
    );
  });
});
