import { describe, expect, it } from 'vitest';
import { makeIssue } from './issue.js';
import { issueMessages } from './messages.js';

describe('admission messages from codes', () => {
  it('names a first step by its label in zh, by its code in en', () => {
    const text = issueMessages(
      makeIssue('admission-procedure-start', 'error', [], { step: 'acceptance' }),
    );
    expect(text.zh).toMatch(/实为「[^a-z」]+」/);
    expect(text.zh).not.toContain('acceptance');
    expect(text.en).toContain('acceptance');
  });

  it('lists the allowed steps by their labels, or says the procedure has ended', () => {
    const ended = issueMessages(
      makeIssue('admission-transition-illegal', 'error', [], {
        stage: 'refused',
        step: 'acceptance',
        allowed: '',
      }),
    );
    expect(ended.zh).toContain('无（程序已结束）');
    const open = issueMessages(
      makeIssue('admission-transition-illegal', 'error', [], {
        stage: 'accepted',
        step: 'decision',
        allowed: 'evaluation, refusal',
      }),
    );
    expect(open.zh).toMatch(/可进行：[^a-z]+、[^a-z]+$/);
  });

  it('says how a request ended in each language', () => {
    const text = issueMessages(
      makeIssue('admission-not-admitted', 'error', [], { id: 'ZR-1', outcome: 'refused' }),
    );
    expect(text.zh).toContain('不予准入');
    expect(text.en).toContain('(refused)');
  });
});
