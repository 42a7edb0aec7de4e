import { dutyArbitrary, dutyListArbitrary, resourcesArbitrary } from '@qingdan/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyAmendments } from '../amendment/apply-amendments.js';
import { forbiddenAdmissionMeans } from '../codes/admission.js';
import { huangmeiDomainScheme } from '../codes/domains.js';
import type { DutyList } from '../model/duty-list.js';
import { carriesResources } from '../model/resources.js';
import { evaluateAdmission } from './evaluate-admission.js';
import { lastStep } from './facts.js';
import { allowedSteps } from './procedure.js';
import type { AdmissionRequest, AdmissionStep } from './request.js';

const often = fc.constantFrom(true, true, true, false);

/** A procedure as a random walk through the state machine, mostly going on to a decision. */
const procedureArbitrary = fc
  .record({
    choices: fc.array(fc.nat(19), { minLength: 3, maxLength: 6 }),
    necessary: often,
    agreed: often,
    collective: often,
    specialised: fc.boolean(),
    outcome: fc.constantFrom('admitted', 'admitted', 'refused', 'returned'),
    resources: resourcesArbitrary('realistic'),
    empty: fc.constantFrom(false, false, false, true),
  })
  .map((p): AdmissionStep[] => {
    const by = { name: '中共黄梅县委社会工作部' };
    const steps: AdmissionStep[] = [{ step: 'application', by, on: '2025-01-01', evidence: [] }];
    let stage: keyof typeof allowedSteps = 'applied';
    p.choices.forEach((choice, i) => {
      const allowed: readonly string[] = allowedSteps[stage];
      if (allowed.length === 0) return;
      const kind = choice < 18 ? allowed[0] : allowed[1 + (choice % 2)];
      const on = `2025-02-${String(i + 10)}`;
      const base = { by, on, evidence: [] };
      const step: AdmissionStep =
        kind === 'acceptance'
          ? { step: 'acceptance', ...base }
          : kind === 'evaluation'
            ? {
                step: 'evaluation',
                ...base,
                necessary: p.necessary,
                highlySpecialised: p.specialised,
                crossDepartment: false,
              }
            : kind === 'consultation'
              ? { step: 'consultation', ...base, consulted: [], agreed: p.agreed }
              : kind === 'matching'
                ? { step: 'matching', ...base, resources: p.empty ? {} : p.resources }
                : kind === 'decision'
                  ? {
                      step: 'decision',
                      ...base,
                      outcome: p.outcome as 'admitted',
                      collective: p.collective,
                    }
                  : kind === 'refusal'
                    ? { step: 'refusal', ...base, reason: '不符合准入条件' }
                    : { step: 'return', ...base, reason: '材料不全' };
      steps.push(step);
      stage = (
        {
          acceptance: 'accepted',
          evaluation: 'evaluated',
          consultation: 'consulted',
          matching: 'matched',
          refusal: 'refused',
          return: 'returned',
          decision: p.outcome,
        } as const
      )[kind as 'acceptance'];
    });
    return steps;
  });

/** A list, and a request against it: its duty in the list's scope, sometimes a prohibited item's name. */
const caseArbitrary = dutyListArbitrary({ maxDuties: 6 }).chain((list: DutyList) => {
  const scope = {
    kind: list.kind,
    offices: list.offices.map((o) => o.key),
    departments: list.departments.map((d) => d.key),
    domains: list.domains?.map((d) => d.code) ?? huangmeiDomainScheme.concepts.map((c) => c.code),
    flavour: 'realistic' as const,
    ...(list.division.level === 'township' ? { township: list.division.code } : {}),
  };
  const prohibited = list.duties.filter((d) => d.section === 'prohibited');
  const target = list.division.code.length === 6 ? `${list.division.code}100` : list.division.code;
  return fc
    .record({
      duty: fc.oneof(
        {
          weight: 3,
          arbitrary: dutyArbitrary(scope, 'ZR-NEW-1').filter(
            (d) => d.section === 'assisting' || list.kind === 'township',
          ),
        },
        { weight: 1, arbitrary: dutyArbitrary(scope, 'ZR-NEW-1') },
      ),
      copy: fc.oneof(
        { weight: 3, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.constantFrom(...prohibited, undefined) },
      ),
      department: fc.constantFrom(...list.departments, {
        key: 'zr-new-dept',
        name: '黄梅县新设局',
      }),
      means: fc.constantFrom('list-entry', 'list-entry', 'list-entry', ...forbiddenAdmissionMeans),
      procedure: procedureArbitrary,
    })
    .map(({ duty, copy, department, means, procedure }): [DutyList, AdmissionRequest] => [
      list,
      {
        id: 'ZR-P',
        title: '准入申请',
        requestingDepartment: department,
        duty: copy ? { ...duty, name: copy.name } : duty,
        targets: [{ code: target, name: list.division.name }],
        means,
        procedure,
      },
    ]);
});

describe('admission (invariants 7 and 8)', () => {
  it('the generated requests reach every outcome, admit to villages and catch prohibited items', () => {
    const found = fc.sample(caseArbitrary, { numRuns: 300, seed: 20250429 }).map(([list, r]) => {
      const e = evaluateAdmission(r, list);
      const caught = e.verdicts.some(
        (v) => v.rule.id === 'village-not-prohibited' && v.verdict === 'failed',
      );
      return { kind: list.kind, outcome: e.outcome, caught };
    });
    expect([...new Set(found.map((f) => f.outcome))].sort()).toEqual([
      'admitted',
      'blocked',
      'pending',
      'refused',
      'returned',
    ]);
    expect(found.some((f) => f.kind === 'village' && f.outcome === 'admitted')).toBe(true);
    expect(found.some((f) => f.caught)).toBe(true);
  });

  it('8: admits only after evaluation and consultation, with resources matched and a collective decision', () => {
    fc.assert(
      fc.property(caseArbitrary, ([list, request]) => {
        const e = evaluateAdmission(request, list);
        if (e.outcome !== 'admitted') return;
        const kinds = request.procedure.map((s) => s.step);
        expect(kinds).toEqual(
          expect.arrayContaining(['evaluation', 'consultation', 'matching', 'decision']),
        );
        expect(lastStep(request, 'evaluation')?.necessary).toBe(true);
        expect(lastStep(request, 'consultation')?.agreed).toBe(true);
        expect(carriesResources(lastStep(request, 'matching')?.resources)).toBe(true);
        expect(lastStep(request, 'decision')).toMatchObject({
          collective: true,
          outcome: 'admitted',
        });
      }),
      { numRuns: 150 },
    );
  });

  it('8: never admits a transfer by responsibility letter, quota or inspection, nor leaves it pending', () => {
    fc.assert(
      fc.property(caseArbitrary, ([list, request]) => {
        if (!forbiddenAdmissionMeans.includes(request.means)) return;
        expect(['blocked', 'refused', 'returned']).toContain(
          evaluateAdmission(request, list).outcome,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('7: gives a village only assisting duties, never a prohibited item', () => {
    fc.assert(
      fc.property(caseArbitrary, ([list, request]) => {
        const e = evaluateAdmission(request, list);
        if (list.kind !== 'village' || e.outcome !== 'admitted') return;
        expect(request.duty.section).toBe('assisting');
        const prohibited = list.duties.filter((d) => d.section === 'prohibited');
        expect(prohibited.map((d) => d.name)).not.toContain(request.duty.name);
      }),
      { numRuns: 150 },
    );
  });

  it('an admitted request yields amendments that give a valid edition holding the duty with its resources', () => {
    fc.assert(
      fc.property(caseArbitrary, ([list, request]) => {
        const e = evaluateAdmission(request, list);
        if (e.outcome !== 'admitted') {
          expect(e.amendments).toEqual([]);
          return;
        }
        const next = applyAmendments(list, e.amendments);
        expect(next.ok ? [] : next.issues).toEqual([]);
        const added = next.ok
          ? next.value.duties.find((d) => d.key === request.duty.key)
          : undefined;
        expect(added?.section).toBe(request.duty.section);
        expect(added?.resources).toEqual(lastStep(request, 'matching')?.resources);
      }),
      { numRuns: 150 },
    );
  });
});
