import { readFileSync } from 'node:fs';
import {
  issueMessages,
  parseAdmissionRequest,
  parseCountyConfig,
  parseDutyList,
} from '@qingdan/core';
import { describe, expect, it } from 'vitest';
import { readDataText } from './read-data-text.js';

const config = `county: { code: '421127', name: 黄梅县 }
admissionRules:
  - id: hm-funding-floor
    severity: warns
    text: { zh: 经费不低于 5000 元, en: at least CNY 5000 }
    require: { field: means, atLeast: 2 }
`;

describe('readDataText', () => {
  it('locates an issue of a county rule by line and column', () => {
    const result = readDataText(config, 'yaml', 'county.yaml', parseCountyConfig);
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'admission-rule-operator-mismatch',
      file: 'county.yaml',
      line: 6,
      column: 39,
    });
  });

  it('says a file that holds nothing is empty, not that a nameless field is missing', () => {
    for (const [text, format] of [
      ['', 'yaml'],
      ['\uFEFF', 'yaml'],
      ['\n  \n', 'yaml'],
      ['# 只有注释\n---\n', 'yaml'],
      [' \r\n', 'json'],
    ] as const) {
      const result = readDataText(text, format, 'request.yaml', parseAdmissionRequest);
      expect(result.ok ? [] : result.issues).toEqual([
        expect.objectContaining({ code: 'file-empty', file: 'request.yaml', path: [] }),
      ]);
    }
    // A document that reads as null is not empty: it is a value of the wrong type.
    const nul = readDataText('null\n', 'yaml', 'request.yaml', parseAdmissionRequest);
    expect(!nul.ok && nul.issues[0]?.code).toBe('invalid-type');
  });

  it('says a JSON-LD document is linked data, once, not that each of its fields is unknown', () => {
    const doc = JSON.stringify({
      '@context': ['https://w3id.org/qingdan/context.jsonld', { '@base': 'https://e.org/' }],
      '@id': 'wuzu-2024',
      duties: [{ '@id': 'wuzu-2024/duty/JB-01', section: 'basic' }],
    });
    for (const [text, format] of [
      [doc, 'json'],
      ['"@context": https://w3id.org/qingdan/context.jsonld\nid: x\n', 'yaml'],
    ] as const) {
      const result = readDataText(text, format, 'wuzu.jsonld', parseAdmissionRequest);
      expect(result.ok ? [] : result.issues).toEqual([
        expect.objectContaining({ code: 'file-is-linked-data', file: 'wuzu.jsonld', path: [] }),
      ]);
    }
    // A list may hold the text `@context` as a value: only the key marks linked data.
    const value = readDataText('{"id": "@context"}', 'json', 'r.json', parseAdmissionRequest);
    expect(!value.ok && value.issues.some((i) => i.code === 'file-is-linked-data')).toBe(false);
  });

  it('says which kind a file is when it is given for another, in one issue', () => {
    const example = (path: string) =>
      readFileSync(new URL(`../../../examples/${path}`, import.meta.url), 'utf8');
    const request = example('admission/forestry-responsibility-letter.yaml');
    const list = example('lists/huangmei-wuzu-2024.yaml');
    const profile = example('spreadsheets/huangmei-basic.profile.yaml');
    const cases = [
      [request, parseDutyList, 'list', 'admission-request'],
      [config, parseDutyList, 'list', 'county-config'],
      [profile, parseDutyList, 'list', 'import-profile'],
      [list, parseAdmissionRequest, 'admission-request', 'list'],
      [config, parseAdmissionRequest, 'admission-request', 'county-config'],
      [list, parseCountyConfig, 'county-config', 'list'],
      [request, parseCountyConfig, 'county-config', 'admission-request'],
    ] as const;
    for (const [text, parse, expected, found] of cases) {
      const result = readDataText<unknown>(text, 'yaml', 'f.yaml', parse, expected);
      expect(result.ok ? [] : result.issues).toEqual([
        expect.objectContaining({ code: 'file-is-other-kind', params: { found, expected } }),
      ]);
    }
    const swapped = readDataText(
      list,
      'yaml',
      'f.yaml',
      parseAdmissionRequest,
      'admission-request',
    );
    const issue = swapped.ok ? undefined : swapped.issues[0];
    if (!issue) throw new Error('the swapped file was read');
    const { zh, en } = issueMessages(issue);
    expect(zh).toContain('这是清单文件，不是此处需要的准入申请文件');
    expect(en).toContain('this is a duty list, not an admission request as needed here');
    // Without the kind expected, or of the kind expected, a file's own issues are kept.
    const unchecked = readDataText(list, 'yaml', 'f.yaml', parseAdmissionRequest);
    expect(unchecked.ok ? 0 : unchecked.issues.length).toBeGreaterThan(1);
    const broken = readDataText(
      list.replace(/^title:.*$/mu, ''),
      'yaml',
      'f.yaml',
      parseDutyList,
      'list',
    );
    expect(!broken.ok && broken.issues.map((i) => i.code)).toEqual(['missing-field']);
  });

  it('locates a syntax error', () => {
    const result = readDataText('{"id": ', 'json', 'r.json', parseAdmissionRequest);
    expect(!result.ok && result.issues[0]).toMatchObject({
      code: 'invalid-format',
      file: 'r.json',
    });
  });

  it('gives back the value when it is valid', () => {
    const ok = config.replace(
      '{ field: means, atLeast: 2 }',
      '{ field: matched.funding, atLeast: 5000 }',
    );
    const result = readDataText(ok, 'yaml', 'county.yaml', parseCountyConfig);
    expect(result.ok && result.value.admissionRules[0]?.id).toBe('hm-funding-floor');
  });
});
