import { describe, expectTypeOf, it } from 'vitest';
import { type Issue, type IssueOf, makeIssue } from './issue.js';
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

describe('an issue, discriminated by its code', () => {
  it('is made as an issue of its code, and is an Issue', () => {
    const issue = makeIssue('duplicate-key', 'error', [], { key: 'A001' });
    expectTypeOf(issue).toEqualTypeOf<IssueOf<'duplicate-key'>>();
    expectTypeOf(issue).toMatchTypeOf<Issue>();
    expectTypeOf(issue.params.key).toEqualTypeOf<string | number | undefined>();
  });

  it('gives the params of the code once the code is known', () => {
    const issue = makeIssue('duplicate-key', 'error', [], { key: 'A001' }) as Issue;
    if (issue.code === 'output-refused') expectTypeOf(issue.params).toHaveProperty('reason');
    if (issue.code === 'duplicate-key') {
      expectTypeOf(issue.params).toHaveProperty('first');
      // @ts-expect-error duplicate-key has no `reason`
      issue.params.reason;
    }
  });

  it('does not read a name of some codes before the code is known', () => {
    const issue = makeIssue('duplicate-key', 'error', [], { key: 'A001' }) as Issue;
    // @ts-expect-error only some codes take `key`
    issue.params.key;
  });

  it('keeps the full length of a cut text beside it', () => {
    const issue = makeIssue('legal-basis-unstructured', 'warning', [], { text: 'x' });
    expectTypeOf(issue.params.textLength).toEqualTypeOf<number | undefined>();
  });
});
