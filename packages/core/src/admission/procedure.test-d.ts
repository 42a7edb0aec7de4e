import { describe, expectTypeOf, it } from 'vitest';
import { advance, type Procedure, stageAfter, startProcedure } from './procedure.js';

const by = { name: '中共黄梅县委社会工作部' };
const applied = startProcedure({ step: 'application', by, on: '2025-03-01', evidence: [] });
const step = <K extends string>(kind: K) => ({ step: kind, by, on: '2025-03-02', evidence: [] });

describe('the admission procedure in types', () => {
  it('moves through the stages in order', () => {
    const accepted = advance(applied, step('acceptance'));
    expectTypeOf(accepted).toEqualTypeOf<Procedure<'accepted'>>();
    const evaluated = advance(accepted, {
      ...step('evaluation'),
      necessary: true,
      highlySpecialised: false,
      crossDepartment: false,
    });
    expectTypeOf(evaluated).toEqualTypeOf<Procedure<'evaluated'>>();
    const consulted = advance(evaluated, { ...step('consultation'), consulted: [], agreed: true });
    const matched = advance(consulted, { ...step('matching'), resources: {} });
    expectTypeOf(matched).toEqualTypeOf<Procedure<'matched'>>();
    const decided = advance(matched, {
      ...step('decision'),
      outcome: 'admitted',
      collective: true,
    });
    expectTypeOf(decided).toEqualTypeOf<Procedure<'admitted'>>();
  });

  it('may refuse or return at any open stage', () => {
    expectTypeOf(advance(applied, { ...step('refusal'), reason: '责任状' })).toEqualTypeOf<
      Procedure<'refused'>
    >();
    expectTypeOf(advance(applied, { ...step('return'), reason: '补正材料' })).toEqualTypeOf<
      Procedure<'returned'>
    >();
  });

  it('rejects a step out of order', () => {
    // @ts-expect-error a decision cannot follow an application
    advance(applied, { ...step('decision'), outcome: 'admitted', collective: true });
    const evaluation = {
      ...step('evaluation' as const),
      necessary: true,
      highlySpecialised: false,
      crossDepartment: false,
    };
    // @ts-expect-error evaluation comes after acceptance, not straight after the application
    advance(applied, evaluation);
  });

  it('takes no step after a decision', () => {
    const refused = advance(applied, { ...step('refusal'), reason: '责任状' });
    // @ts-expect-error a refused request is closed
    advance(refused, step('acceptance'));
  });

  it('knows where a decision leads from its outcome', () => {
    expectTypeOf(
      stageAfter({ ...step('decision'), outcome: 'returned' as const, collective: true }),
    ).toEqualTypeOf<'returned'>();
  });
});
