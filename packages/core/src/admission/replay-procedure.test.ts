import { describe, expect, it } from 'vitest';
import { issueMessages } from '../issues/messages.js';
import { replayProcedure } from './replay-procedure.js';
import type { AdmissionStep } from './request.js';

const by = { name: '中共黄梅县委社会工作部' };
const at = (on: string) => ({ by, on, evidence: [] });

describe('replayProcedure', () => {
  it('follows a full procedure to its decision', () => {
    const steps: AdmissionStep[] = [
      { step: 'application', ...at('2025-03-01') },
      { step: 'acceptance', ...at('2025-03-05') },
      {
        step: 'evaluation',
        ...at('2025-03-20'),
        necessary: true,
        highlySpecialised: false,
        crossDepartment: false,
      },
      { step: 'consultation', ...at('2025-04-02'), consulted: ['五祖镇'], agreed: true },
      { step: 'matching', ...at('2025-04-10'), resources: { funding: { amountPerYear: 20000 } } },
      { step: 'decision', ...at('2025-04-28'), outcome: 'admitted', collective: true },
    ];
    expect(replayProcedure(steps)).toEqual({ stage: 'admitted', issues: [] });
  });

  it('locates a step that skips the evaluation and names what was allowed', () => {
    const steps: AdmissionStep[] = [
      { step: 'application', ...at('2025-03-01') },
      { step: 'acceptance', ...at('2025-03-05') },
      { step: 'decision', ...at('2025-03-06'), outcome: 'admitted', collective: true },
    ];
    const { stage, issues } = replayProcedure(steps);
    expect(stage).toBe('accepted');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      code: 'admission-transition-illegal',
      path: ['procedure', 2, 'step'],
      params: { stage: 'accepted', step: 'decision', allowed: 'evaluation, refusal, return' },
    });
    const text = issueMessages(issues[0] as never);
    expect(text.zh).toContain('受理初审');
    expect(text.zh).toContain('评估');
    expect(text.en).toContain('decision cannot follow stage accepted');
  });

  it('requires an application first', () => {
    const { issues } = replayProcedure([{ step: 'acceptance', ...at('2025-03-05') }]);
    expect(issues[0]).toMatchObject({
      code: 'admission-procedure-start',
      path: ['procedure', 0, 'step'],
    });
  });

  it('reports a date that goes back', () => {
    const { issues } = replayProcedure([
      { step: 'application', ...at('2025-03-05') },
      { step: 'acceptance', ...at('2025-03-01') },
    ]);
    expect(issues[0]).toMatchObject({
      code: 'admission-step-date-backwards',
      path: ['procedure', 1, 'on'],
    });
  });

  it('takes no step after a refusal', () => {
    const { issues } = replayProcedure([
      { step: 'application', ...at('2025-03-01') },
      { step: 'refusal', ...at('2025-03-02'), reason: '以责任状方式下派' },
      { step: 'acceptance', ...at('2025-03-03') },
    ]);
    expect(issues[0]).toMatchObject({
      code: 'admission-transition-illegal',
      params: { allowed: '' },
    });
  });
});
