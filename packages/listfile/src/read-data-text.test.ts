import { parseAdmissionRequest, parseCountyConfig } from '@qingdan/core';
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
