import { describe, expect, it } from 'vitest';
import { issueMessages } from '../issues/messages.js';
import { admittedRequest } from './fixtures.test-helper.js';
import { parseAdmissionRequest, parseCountyConfig } from './parse-admission.js';

describe('parseAdmissionRequest', () => {
  it('accepts a well-formed request', () => {
    const result = parseAdmissionRequest(JSON.parse(JSON.stringify(admittedRequest)));
    expect(result.ok && result.value).toEqual(admittedRequest);
  });

  it('structures legal bases given as text, as list files are read', () => {
    const duty = { ...admittedRequest.duty, legalBases: ['《中华人民共和国消防法》第三十二条'] };
    const result = parseAdmissionRequest({ ...admittedRequest, duty });
    expect(result.ok && result.value.duty.legalBases).toEqual([
      expect.objectContaining({
        citation: '《中华人民共和国消防法》第三十二条',
        instrument: expect.objectContaining({ title: '中华人民共和国消防法' }),
        provisions: [{ article: 32 }],
      }),
    ]);
  });

  it('locates an unknown means', () => {
    const result = parseAdmissionRequest({ ...admittedRequest, means: 'phone-call' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'invalid-value',
      path: ['means'],
    });
  });

  it('locates a step out of order as a procedure issue', () => {
    const procedure = [admittedRequest.procedure[0], admittedRequest.procedure[5]];
    const result = parseAdmissionRequest({ ...admittedRequest, procedure });
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'admission-transition-illegal',
      path: ['procedure', 1, 'step'],
    });
  });

  it('reports a misspelt step kind as a value, not a section', () => {
    const procedure = [{ ...admittedRequest.procedure[0], step: 'applicaton' }];
    const result = parseAdmissionRequest({ ...admittedRequest, procedure });
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'invalid-value',
      path: ['procedure', 0, 'step'],
    });
  });
});

describe('parseCountyConfig', () => {
  const rule = {
    id: 'hm-funding-floor',
    severity: 'warns',
    text: { zh: '经费不低于 5000 元', en: 'at least CNY 5,000' },
    require: { field: 'matched.funding', atLeast: 5000 },
  };

  it('reads a county rule', () => {
    const result = parseCountyConfig({
      county: { code: '421127', name: '黄梅县' },
      admissionRules: [rule],
    });
    expect(result.ok && result.value.admissionRules).toEqual([rule]);
  });

  it('rejects a comparison that does not fit the field, where it is', () => {
    const bad = { ...rule, require: { all: [{ field: 'means', atLeast: 2 }] } };
    const result = parseCountyConfig({ admissionRules: [bad] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({
      code: 'admission-rule-operator-mismatch',
      path: ['admissionRules', 0, 'require', 'all', 0, 'atLeast'],
    });
    expect(issueMessages(result.issues[0] as never).zh).toBe(
      '字段 means 是文本，不能用 atLeast 比较',
    );
  });

  it('rejects a value of the wrong type', () => {
    const bad = { ...rule, require: { field: 'decision.collective', equals: 'yes' } };
    const result = parseCountyConfig({ admissionRules: [bad] });
    expect(!result.ok && result.issues[0]?.code).toBe('admission-rule-operator-mismatch');
  });

  it('rejects a field rules cannot reach', () => {
    const bad = { ...rule, require: { field: 'process.env', exists: true } };
    const result = parseCountyConfig({ admissionRules: [bad] });
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'invalid-value',
      path: ['admissionRules', 0, 'require', 'field'],
    });
  });

  it('rejects an id taken from a built-in rule or used twice', () => {
    const result = parseCountyConfig({
      admissionRules: [{ ...rule, id: 'lawful-means' }, rule, rule],
    });
    expect(
      !result.ok &&
        result.issues.map((i) => [
          i.code,
          i.path.join('.'),
          i.code === 'admission-rule-duplicate' ? i.params.builtIn : i.params,
        ]),
    ).toEqual([
      ['admission-rule-duplicate', 'admissionRules.0.id', 1],
      ['admission-rule-duplicate', 'admissionRules.2.id', undefined],
    ]);
  });
});
