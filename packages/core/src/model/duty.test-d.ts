import { describe, expectTypeOf, it } from 'vitest';
import type { PublishedDutyList } from '../list/publish.js';
import type { CooperatingDuty, Duty, DutyOfSection } from './duty.js';
import type { DutyList } from './duty-list.js';

describe('the duty union', () => {
  it('narrows on section', () => {
    const duty = {} as Duty;
    if (duty.section === 'cooperating')
      expectTypeOf(duty.leadDepartments).toEqualTypeOf<readonly string[]>();
    if (duty.section === 'reclaimed') expectTypeOf(duty).toHaveProperty('receivingDepartments');
    expectTypeOf<DutyOfSection<'cooperating'>>().toEqualTypeOf<CooperatingDuty>();
  });

  it('does not let a basic duty carry a lead department', () => {
    expectTypeOf<DutyOfSection<'basic'>>().not.toHaveProperty('leadDepartments');
    expectTypeOf<DutyOfSection<'basic'>>().not.toHaveProperty('receivingDepartments');
  });

  it('is immutable', () => {
    const duty = {} as CooperatingDuty;
    // @ts-expect-error editions are immutable values
    duty.leadDepartments.push('x');
  });

  it('does not take a plain list where a published one is needed', () => {
    expectTypeOf<DutyList>().not.toMatchTypeOf<PublishedDutyList>();
    expectTypeOf<PublishedDutyList>().toMatchTypeOf<DutyList>();
  });
});
