import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import type { Duty } from '../model/duty.js';
import { type ChangeContext, existingIndex, reportUnknownPosition } from './change-context.js';

const duties: Duty[] = [
  { section: 'basic', key: 'A', name: 'A', legalBases: [], offices: ['pajs'] },
];

function context(): ChangeContext & { issues: Issue[] } {
  return { duties, issues: [], at: (...rest) => ['amendments', 3, ...rest] };
}

describe('existingIndex', () => {
  it('finds a duty by key without an issue', () => {
    const c = context();
    expect(existingIndex(c, 'A')).toBe(0);
    expect(c.issues).toEqual([]);
  });

  it('reports a missing key at the amendment', () => {
    const c = context();
    expect(existingIndex(c, 'B')).toBe(-1);
    expect(c.issues).toEqual([
      expect.objectContaining({
        code: 'amendment-unknown-duty',
        path: ['amendments', 3, 'key'],
        params: { key: 'B' },
      }),
    ]);
  });
});

describe('reportUnknownPosition', () => {
  it('locates the issue at the amendment’s `after`', () => {
    const c = context();
    reportUnknownPosition(c, 'X');
    expect(c.issues).toEqual([
      expect.objectContaining({
        code: 'amendment-unknown-position',
        path: ['amendments', 3, 'after'],
        params: { key: 'X' },
      }),
    ]);
  });
});
