import { describe, expect, it } from 'vitest';
import { issueMessages } from '../issues/messages.js';
import { decodeUnicode } from './decode-unicode.js';
import { undecodableIssue } from './undecodable-issue.js';

describe('undecodableIssue', () => {
  it('locates GBK at its first byte and names it, in zh and en', () => {
    // "a\n" then 黄梅 in GBK.
    const decoded = decodeUnicode(new Uint8Array([0x61, 0x0a, 0xbb, 0xc6, 0xc3, 0xb7]));
    if (decoded.ok) throw new Error('GBK decoded as UTF-8');
    const issue = undecodableIssue(decoded);
    expect(issue).toMatchObject({
      code: 'text-encoding-invalid',
      severity: 'error',
      line: 2,
      column: 1,
      params: { encoding: 'utf-8', likely: 'gb18030', byte: 2 },
    });
    expect(issueMessages(issue).en).toContain('GB18030');
    expect(issueMessages(issue).zh).toContain('GB18030');
  });
});
