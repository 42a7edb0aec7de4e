import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import type { ChangeContext } from './change-context.js';
import { addDuty, moveDuty, removeDuty, reorderDuties } from './membership-changes.js';

const record = { reason: 'law-amended', approvedBy: '黄梅县委编办' } as const;
const basic = (key: string): Duty => ({
  section: 'basic',
  key,
  name: key,
  legalBases: [],
  offices: ['pajs'],
});
const reclaimed = (key: string): Duty => ({
  section: 'reclaimed',
  key,
  name: key,
  legalBases: [],
  offices: [],
  receivingDepartments: ['zjj'],
  reclaimReasons: ['highly-specialised'],
});

function context(): ChangeContext & { issues: Issue[] } {
  return { duties: [basic('A'), basic('B')], issues: [], at: (...rest) => ['a', 0, ...rest] };
}
const keys = (c: ChangeContext) => c.duties.map((d) => `${d.key}:${d.section}`);
const codes = (c: { issues: Issue[] }) => c.issues.map((i) => i.code);

describe('addDuty', () => {
  it('adds after the named duty', () => {
    const c = context();
    addDuty(c, { change: 'added', ...record, duty: basic('N'), after: 'A' });
    expect(keys(c)).toEqual(['A:basic', 'N:basic', 'B:basic']);
  });

  it('refuses a taken key and an unknown place, changing nothing', () => {
    const c = context();
    addDuty(c, { change: 'added', ...record, duty: basic('A') });
    addDuty(c, { change: 'added', ...record, duty: basic('N'), after: 'Q' });
    expect(codes(c)).toEqual(['amendment-duplicate-duty', 'amendment-unknown-position']);
    expect(keys(c)).toEqual(['A:basic', 'B:basic']);
  });
});

describe('removeDuty', () => {
  it('removes a duty, and reports one that is not there', () => {
    const c = context();
    removeDuty(c, { change: 'removed', ...record, key: 'A' });
    removeDuty(c, { change: 'removed', ...record, key: 'A' });
    expect(keys(c)).toEqual(['B:basic']);
    expect(codes(c)).toEqual(['amendment-unknown-duty']);
  });
});

describe('moveDuty', () => {
  it('moves a duty to another section where it is placed', () => {
    const c = context();
    moveDuty(c, { change: 'moved', ...record, key: 'A', duty: reclaimed('A'), after: 'B' });
    expect(keys(c)).toEqual(['B:basic', 'A:reclaimed']);
    expect(c.issues).toEqual([]);
  });

  it('keeps the duty where it was when its new place is unknown', () => {
    const c = context();
    moveDuty(c, { change: 'moved', ...record, key: 'A', duty: reclaimed('A'), after: 'Q' });
    expect(keys(c)).toEqual(['A:basic', 'B:basic']);
    expect(codes(c)).toEqual(['amendment-unknown-position']);
  });

  it('refuses a new key and a move within the section', () => {
    const c = context();
    moveDuty(c, { change: 'moved', ...record, key: 'A', duty: reclaimed('Z') });
    moveDuty(c, { change: 'moved', ...record, key: 'A', duty: basic('A') });
    expect(codes(c)).toEqual(['amendment-key-changed', 'amendment-not-moved']);
    expect(c.issues[1]?.path).toEqual(['a', 0, 'duty', 'section']);
  });
});

describe('reorderDuties', () => {
  it('puts the duties in the given order', () => {
    const c = context();
    reorderDuties(c, { change: 'reordered', ...record, order: ['B', 'A'] });
    expect(keys(c)).toEqual(['B:basic', 'A:basic']);
  });

  it('refuses an order that does not name every duty once', () => {
    const c = context();
    reorderDuties(c, { change: 'reordered', ...record, order: ['B', 'B'] });
    expect(keys(c)).toEqual(['A:basic', 'B:basic']);
    expect(c.issues[0]).toMatchObject({
      code: 'amendment-order-mismatch',
      params: { expected: 2, received: 2 },
    });
  });
});
