import { describe, expect, it } from 'vitest';
import type { Duty } from '../model/duty.js';
import { placeDuty } from './place-duty.js';

const duty = (key: string): Duty => ({
  section: 'basic',
  key,
  name: key,
  legalBases: [],
  offices: ['pajs'],
});
const keys = (duties: readonly Duty[]) => duties.map((d) => d.key);

describe('placeDuty', () => {
  it('puts a duty last when the amendment says nothing, first for null, else after its key', () => {
    const duties = [duty('A'), duty('B')];
    expect(placeDuty(duties, duty('Z'), undefined)).toBe(true);
    expect(placeDuty(duties, duty('0'), null)).toBe(true);
    expect(placeDuty(duties, duty('A2'), 'A')).toBe(true);
    expect(keys(duties)).toEqual(['0', 'A', 'A2', 'B', 'Z']);
  });

  it('changes nothing and says so when the duty to follow is not there', () => {
    const duties = [duty('A')];
    expect(placeDuty(duties, duty('B'), 'missing')).toBe(false);
    expect(keys(duties)).toEqual(['A']);
  });
});
