import { describe, expect, it } from 'vitest';
import { applyAmendments } from '../amendment/apply-amendments.js';
import { evaluateAdmission } from './evaluate-admission.js';
import { admittedRequest, fullProcedure, villageList } from './fixtures.test-helper.js';
import type { AdmissionRequest } from './request.js';
import type { AdmissionRule } from './rule.js';

const verdictOf = (e: ReturnType<typeof evaluateAdmission>, id: string) =>
  e.verdicts.find((v) => v.rule.id === id);

describe('evaluateAdmission', () => {
  it('admits a request that went through every step with resources matched', () => {
    const e = evaluateAdmission(admittedRequest, villageList);
    expect(e.outcome).toBe('admitted');
    expect(e.verdicts.filter((v) => v.verdict === 'failed')).toEqual([]);
    expect(verdictOf(e, 'resources-matched')?.reason.zh).toBe('事权匹配落实资源为是');
  });

  it('yields amendments that add the duty, with its resources, to a list that stays valid', () => {
    const e = evaluateAdmission(admittedRequest, villageList);
    expect(e.amendments.map((a) => a.change)).toEqual(['organisations', 'added']);
    const next = applyAmendments(villageList, e.amendments);
    expect(next.ok).toBe(true);
    if (!next.ok) return;
    expect(next.value.duties.map((d) => d.key)).toEqual(['XZ-01', 'XZ-02', 'JR-01']);
    expect(next.value.duties[1]).toMatchObject({
      section: 'assisting',
      requestingDepartments: ['mzj'],
      resources: { funding: { amountPerYear: 6000 } },
      admissionDecision: '县委常委会2025年第9次会议',
    });
    expect(e.amendments[1]).toMatchObject({
      reason: 'admission',
      approvedBy: '中共黄梅县委常委会会议',
      approvedOn: '2025-04-28',
      documentNumber: '梅常纪〔2025〕9号',
    });
  });

  it('refuses a transfer by responsibility letter, and says why in both languages', () => {
    const request: AdmissionRequest = { ...admittedRequest, means: 'responsibility-letter' };
    const e = evaluateAdmission(request, villageList);
    expect(e.outcome).toBe('blocked');
    const v = verdictOf(e, 'lawful-means');
    expect(v?.verdict).toBe('failed');
    expect(v?.reason).toEqual({
      zh: '下派方式为「签订责任状」，应为「列入清单」',
      en: 'means: Responsibility letter (responsibility-letter); required: Entry on the list (list-entry)',
    });
    expect(e.amendments).toEqual([]);
  });

  it('does not let an admission stand without a collective decision', () => {
    const procedure = fullProcedure.map((s) =>
      s.step === 'decision' ? { ...s, collective: false, by: { name: '分管副县长' } } : s,
    );
    const e = evaluateAdmission({ ...admittedRequest, procedure }, villageList);
    expect(e.outcome).toBe('blocked');
    expect(verdictOf(e, 'collective-decision')?.verdict).toBe('failed');
  });

  it('never admits a prohibited item to a village, matched by name', () => {
    const duty = { ...admittedRequest.duty, name: '出具房屋安全证明' };
    const e = evaluateAdmission({ ...admittedRequest, duty }, villageList);
    expect(e.outcome).toBe('blocked');
    expect(verdictOf(e, 'village-not-prohibited')).toMatchObject({
      verdict: 'failed',
      rule: { invariant: 7 },
    });
  });

  it('gives a village only assisting duties', () => {
    const duty = {
      section: 'selfGovernance' as const,
      key: 'ZZ-09',
      name: '召集村民会议',
      legalBases: [],
      offices: [],
    };
    const e = evaluateAdmission({ ...admittedRequest, duty }, villageList);
    expect(verdictOf(e, 'village-assisting-only')?.verdict).toBe('failed');
  });

  it('blocks a responsibility letter at once, before the procedure ends', () => {
    const e = evaluateAdmission(
      { ...admittedRequest, means: 'responsibility-letter', procedure: fullProcedure.slice(0, 2) },
      villageList,
    );
    expect(e.stage).toBe('accepted');
    expect(e.outcome).toBe('blocked');
  });

  it('keeps a pending request pending, with what is still missing', () => {
    const e = evaluateAdmission(
      { ...admittedRequest, procedure: fullProcedure.slice(0, 2) },
      villageList,
    );
    expect(e.stage).toBe('accepted');
    expect(e.outcome).toBe('pending');
    expect(verdictOf(e, 'evaluated')?.reason.zh).toBe('评估认为确需下派为（未记录），应为是');
  });

  it('applies a county rule given as data, and cannot switch off a built-in one', () => {
    const floor: AdmissionRule = {
      id: 'hm-funding-floor',
      severity: 'warns',
      text: { zh: '村级事项经费每年不低于 10000 元', en: 'at least CNY 10,000 a year' },
      when: { field: 'targets.level', contains: 'village' },
      require: { field: 'matched.funding', atLeast: 10000 },
    };
    const weakened: AdmissionRule = {
      id: 'lawful-means',
      severity: 'warns',
      text: { zh: '任意', en: 'anything' },
      require: { field: 'means', exists: true },
    };
    const request: AdmissionRequest = { ...admittedRequest, means: 'quota' };
    const e = evaluateAdmission(request, villageList, [floor, weakened]);
    expect(verdictOf(e, 'hm-funding-floor')).toMatchObject({
      verdict: 'failed',
      reason: { zh: '匹配经费（元/年）为6000，应不少于 10000' },
    });
    expect(e.verdicts.filter((v) => v.rule.id === 'lawful-means')).toHaveLength(1);
    expect(verdictOf(e, 'lawful-means')?.rule.severity).toBe('blocks');
    expect(e.outcome).toBe('blocked');
  });

  it('states the fact and what was wanted under a negation', () => {
    const rule: AdmissionRule = {
      id: 'no-ledgers',
      severity: 'warns',
      text: { zh: '不以建台账代替工作', en: 'no ledger-keeping tasks' },
      require: {
        not: {
          any: [
            { field: 'means', equals: 'list-entry' },
            { field: 'duty.name', contains: '台账' },
          ],
        },
      },
    };
    const e = evaluateAdmission(admittedRequest, villageList, [rule]);
    expect(verdictOf(e, 'no-ledgers')).toMatchObject({
      verdict: 'failed',
      reason: { zh: '下派方式为「列入清单」，不应为「列入清单」' },
    });
  });

  it('does not apply a village rule to a township', () => {
    const township = {
      ...villageList,
      kind: 'township' as const,
      division: { code: '421127104', name: '五祖镇', level: 'township' as const },
      duties: [],
    };
    const request: AdmissionRequest = {
      ...admittedRequest,
      duty: {
        section: 'cooperating',
        key: 'PH-09',
        name: '独居老人探访',
        legalBases: [],
        offices: [],
        leadDepartments: [],
      },
      targets: [{ code: '421127104', name: '五祖镇' }],
    };
    const e = evaluateAdmission(request, township);
    expect(verdictOf(e, 'village-assisting-only')?.verdict).toBe('not-applicable');
    expect(e.outcome).toBe('admitted');
  });
});
