import { describe, expect, it } from 'vitest';
import { parseDutyList } from '../list/parse-duty-list.js';
import { makeIssue } from './issue.js';
import { issueCodes } from './issue-code.js';
import { issueMessages } from './messages.js';

const base = {
  id: 'x',
  kind: 'township',
  title: '清单',
  division: { code: '421127104', name: '五祖镇', level: 'township' },
  issuer: { name: '县政府' },
  status: 'draft',
};

function issuesOf(input: unknown) {
  const result = parseDutyList(input);
  return result.ok
    ? []
    : result.issues.map((i) => ({ code: i.code, path: i.path, params: i.params }));
}

describe('schema issues', () => {
  it('names a misspelt field, at the field', () => {
    expect(issuesOf({ ...base, titel: '清单' })).toContainEqual(
      expect.objectContaining({ code: 'unknown-field', path: ['titel'] }),
    );
  });

  it('names a missing field', () => {
    const { title: _t, ...rest } = base;
    expect(issuesOf(rest)).toContainEqual(
      expect.objectContaining({ code: 'missing-field', path: ['title'] }),
    );
  });

  it('names a field that does not belong to the duty section', () => {
    const duties = [{ section: 'basic', key: 'a', name: '事项', leadDepartments: ['x'] }];
    expect(issuesOf({ ...base, duties })).toContainEqual(
      expect.objectContaining({ code: 'unknown-field', path: ['duties', 0, 'leadDepartments'] }),
    );
  });

  it('lists the allowed values of an enum', () => {
    const duties = [{ section: 'basic', key: 'a', name: '事项', powerCategory: '行政处罚' }];
    const [issue] = issuesOf({ ...base, duties });
    expect(issue).toMatchObject({ code: 'invalid-value', path: ['duties', 0, 'powerCategory'] });
    expect(issue?.params).toMatchObject({
      allowed: expect.stringContaining('administrative-penalty'),
    });
  });

  it('reports a misspelt field inside a structured legal basis, not "no union matched"', () => {
    const duties = [
      {
        section: 'basic',
        key: 'a',
        name: '事项',
        legalBases: [{ instrument: { titel: '安全生产法' } }],
      },
    ];
    expect(issuesOf({ ...base, duties })).toContainEqual(
      expect.objectContaining({
        code: 'unknown-field',
        path: ['duties', 0, 'legalBases', 0, 'instrument', 'titel'],
      }),
    );
  });

  it('reports a wrong type with what was expected and what came', () => {
    expect(issuesOf({ ...base, duties: {} })).toContainEqual(
      expect.objectContaining({
        code: 'invalid-type',
        path: ['duties'],
        params: expect.objectContaining({ expected: 'array', received: 'object' }),
      }),
    );
  });

  it('rejects a date that does not exist', () => {
    expect(issuesOf({ ...base, issued: '2024-02-30' })).toContainEqual(
      expect.objectContaining({ code: 'invalid-format', path: ['issued'] }),
    );
  });
});

describe('messages', () => {
  it('every issue code has a Chinese and an English message that differ', () => {
    for (const code of issueCodes) {
      const { zh, en } = issueMessages(
        makeIssue(code, 'error', [], { duty: '事项', key: 'k', code: 'c', count: 2 }),
      );
      expect(zh.length, code).toBeGreaterThan(0);
      expect(en.length, code).toBeGreaterThan(0);
      expect(zh, code).not.toBe(en);
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
