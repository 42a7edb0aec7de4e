import { describe, expect, it } from 'vitest';
import { parseDutyList } from '../list/parse-duty-list.js';
import { boundParams } from './bound-params.js';
import { makeIssue } from './issue.js';
import { issueMessage, issueMessages } from './messages.js';

describe('quoted text in issues', () => {
  it('is an excerpt of 200 characters when the value is huge, with its full length', () => {
    const huge = '乡'.repeat(3_600_000);
    const result = parseDutyList({ id: 'x', kind: huge });
    const issue = !result.ok ? result.issues.find((i) => i.code === 'invalid-value') : undefined;
    expect(issue?.params.received).toBe(`${'乡'.repeat(200)}…`);
    expect(issue?.params.receivedLength).toBe(3_600_000);
    const { zh, en } = issueMessages(issue as never);
    expect(zh.length).toBeLessThan(400);
    expect(en.length).toBeLessThan(400);
    expect(zh).toContain('原文共 3600000 字');
    expect(en).toContain('cut to its first 200 of 3600000 characters');
  });

  it('is bounded in messages even for an issue not made by makeIssue', () => {
    const issue = {
      code: 'legal-basis-unstructured' as const,
      severity: 'warning' as const,
      path: [],
      params: { text: 'x'.repeat(10_000) },
    };
    expect(issueMessage(issue, 'en').length).toBeLessThan(400);
  });

  it('never splits a surrogate pair, and leaves short texts and numbers alone', () => {
    const text = `${'a'.repeat(199)}${'𠀀'.repeat(5)}`;
    expect(boundParams({ text }).text).toBe(`${'a'.repeat(199)}…`);
    expect(boundParams({ text })).toMatchObject({ textLength: 204 });
    const short = { text: '事项', count: 3 };
    expect(boundParams(short)).toBe(short);
    const once = makeIssue('unwritable-text', 'error', [], { text: 'y'.repeat(500) });
    expect(boundParams(once.params)).toBe(once.params);
  });
});
