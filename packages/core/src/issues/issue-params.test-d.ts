import { describe, expectTypeOf, it } from 'vitest';
import { makeIssue } from './issue.js';
import type { IssueParams } from './messages.js';

describe('issue params, typed by code', () => {
  it('takes the names the code’s message reads', () => {
    makeIssue('duplicate-key', 'error', ['duties', 7, 'key'], { key: 'A001' }, 6);
    expectTypeOf<IssueParams<'duplicate-key'>>().toHaveProperty('key');
  });

  it('refuses a misspelt name', () => {
    // @ts-expect-error `kee` is not a parameter of duplicate-key
    makeIssue('duplicate-key', 'error', [], { kee: 'A001' });
  });

  it('refuses a name of another code', () => {
    // @ts-expect-error `reason` belongs to output-refused, not to basic-office-missing
    makeIssue('basic-office-missing', 'warning', [], { duty: 'x', reason: 'is-input' });
  });
});
