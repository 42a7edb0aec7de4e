import { minimalList } from '@qingdan/testing';
import { describe, expect, it } from 'vitest';
import { admittedRequest } from '../admission/fixtures.test-helper.js';
import { parseAdmissionRequest, parseCountyConfig } from '../admission/parse-admission.js';
import { parseAmendments } from '../amendment/parse-amendments.js';
import { issueMessages } from '../issues/messages.js';
import { parseDutyList } from '../list/parse-duty-list.js';

const list = (patch: { title?: string; name?: string; note?: string } = {}) => ({
  ...minimalList(patch.title === undefined ? {} : { title: patch.title }),
  duties: [
    {
      section: 'basic',
      key: 'a',
      name: patch.name ?? '传染病防控',
      offices: ['shsw'],
      legalBases: ['《中华人民共和国传染病防治法》第十二条'],
      ...(patch.note ? { extraColumns: [{ header: '备注', value: patch.note }] } : {}),
    },
  ],
});

const codes = (r: ReturnType<typeof parseDutyList>) =>
  (r.ok ? r.warnings : r.issues).map((i) => [i.code, i.severity, i.path]);

describe('the text of a list', () => {
  it('passes when it is ordinary text', () => {
    const r = parseDutyList(list());
    expect(r.ok && r.warnings).toEqual([]);
  });

  it('refuses an escape sequence that retitles or clears a terminal, in any field', () => {
    expect(codes(parseDutyList(list({ title: '清单\u001b]0;pwned\u0007\u001b[2J' })))).toEqual([
      ['text-control-character', 'error', ['title']],
    ]);
    // A plain string field the schema does not call text is checked all the same.
    expect(codes(parseDutyList(list({ note: '备注\u0000' })))).toEqual([
      ['text-control-character', 'error', ['duties', 0, 'extraColumns', 0, 'value']],
    ]);
  });

  it('refuses bidirectional overrides and isolates', () => {
    for (const c of ['\u202e', '\u2066'])
      expect(codes(parseDutyList(list({ name: `事项${c}防控` })))).toEqual([
        ['text-bidi-control', 'error', ['duties', 0, 'name']],
      ]);
  });

  it('refuses a lone surrogate, which only publishing refused before', () => {
    expect(codes(parseDutyList(list({ name: '事项\ud800' })))).toEqual([
      ['text-lone-surrogate', 'error', ['duties', 0, 'name']],
    ]);
  });

  it('warns of zero-width characters and of U+FFFD, and stays valid', () => {
    const zw = parseDutyList(list({ name: '传染病\u200b防控' }));
    expect(zw.ok).toBe(true);
    expect(codes(zw)).toEqual([['text-invisible-character', 'warning', ['duties', 0, 'name']]]);
    const fffd = parseDutyList(list({ title: '五祖镇��清单' }));
    expect(fffd.ok).toBe(true);
    expect(codes(fffd)).toEqual([['text-replacement-character', 'warning', ['title']]]);
    expect(issueMessages((fffd.ok ? fffd.warnings : [])[0] as never).en).toContain(
      'U+FFFD (character 4; 2 such characters in all)',
    );
  });

  it('refuses names and titles that show nothing', () => {
    expect(codes(parseDutyList(list({ title: ' \u3000 ' })))).toEqual([
      ['text-blank', 'error', ['title']],
    ]);
    expect(codes(parseDutyList(list({ name: '\u200b' })))).toEqual([
      ['text-invisible-character', 'warning', ['duties', 0, 'name']],
      ['text-blank', 'error', ['duties', 0, 'name']],
    ]);
  });

  it('reports a bad text even when the schema fails too, text first', () => {
    const input = { ...list({ title: '\u001b' }), kind: 'city' };
    expect(codes(parseDutyList(input)).map((c) => c[0])).toEqual([
      'text-control-character',
      'invalid-value',
    ]);
  });
});

describe('the text of the other files', () => {
  it('is checked in admission requests, county configurations and amendments alike', () => {
    const request = parseAdmissionRequest({ ...admittedRequest, title: '申请\u001b[2J' });
    expect(!request.ok && request.issues.map((i) => [i.code, i.path])).toEqual([
      ['text-control-character', ['title']],
    ]);
    const config = parseCountyConfig({
      county: { code: '421127', name: '黄梅县\u202e' },
      admissionRules: [],
    });
    expect(!config.ok && config.issues[0]?.code).toBe('text-bidi-control');
    const amendments = parseAmendments([
      {
        change: 'reworded',
        key: 'a',
        name: '名称\u200b',
        reason: 'policy-change',
        approvedBy: '编办',
      },
    ]);
    expect(amendments.ok && amendments.warnings.map((i) => [i.code, i.path])).toEqual([
      ['text-invisible-character', [0, 'name']],
    ]);
  });
});
