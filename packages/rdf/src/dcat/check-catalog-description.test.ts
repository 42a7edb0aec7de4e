import { issueMessages } from '@qingdan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadsToNTriples } from '../serialize/line-writer.js';
import { catalogQuads, defaultCatalogDescription } from './catalog.js';
import { checkCatalogDescription } from './check-catalog-description.js';

const base = 'https://data.example.org/qingdan/';
const defaults = defaultCatalogDescription(base);

describe('checkCatalogDescription', () => {
  it('accepts the defaults, a licence IRI, a contact page and an e-mail address', () => {
    expect(checkCatalogDescription(defaults)).toBeUndefined();
    expect(
      checkCatalogDescription({
        ...defaults,
        licence: 'http://www.gov.cn/licence/开放数据',
        contact: { email: 'opendata@黄梅.gov.cn', url: 'https://www.hm.gov.cn/' },
      }),
    ).toBeUndefined();
  });

  it('names the option, the value and why, in zh and en', () => {
    const cases = [
      [{ licence: 'CC BY 4.0' }, 'licence', 'iri-character'],
      [{ licence: 'licences/by' }, 'licence', 'not-absolute'],
      [{ contact: { url: '<script>' } }, 'contact', 'iri-character'],
      [{ contact: { url: 'www.example.org' } }, 'contact', 'not-absolute'],
      [{ contact: { email: 'a@b@c' } }, 'contact', 'not-email'],
      [{ contact: { email: 'a b@c.org' } }, 'contact', 'not-email'],
    ] as const;
    for (const [change, field, reason] of cases) {
      const issue = checkCatalogDescription({ ...defaults, ...change });
      expect(issue?.params, JSON.stringify(change)).toMatchObject({ field, reason });
    }
    const issue = checkCatalogDescription({ ...defaults, licence: 'CC BY 4.0' });
    expect(issue && issueMessages(issue)).toEqual({
      zh: '数据目录的 --licence「CC BY 4.0」不可用：含有 IRI 中不允许的字符（空格、<>"{}|^`\\ 或控制字符），请先百分号编码',
      en: 'the catalog\'s --licence "CC BY 4.0" cannot be used: it holds characters an IRI cannot (a space, <>"{}|^`\\ or a control character); percent-encode them first',
    });
  });

  it('whatever it accepts, the catalog is written', () => {
    const value = fc.oneof(
      fc.string(),
      fc.webUrl(),
      fc.emailAddress(),
      fc.string({ unit: 'grapheme' }),
    );
    fc.assert(
      fc.property(value, value, fc.boolean(), (licence, contact, isEmail) => {
        const description = {
          ...defaults,
          licence,
          contact: isEmail ? { email: contact } : { url: contact },
        };
        if (checkCatalogDescription(description) !== undefined) return;
        expect(() =>
          quadsToNTriples(catalogQuads([], { base, modified: '2025-01-01', description })),
        ).not.toThrow();
      }),
    );
  });
});
