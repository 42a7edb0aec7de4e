import { describe, expect, it } from 'vitest';
import { makeIssue } from './issue.js';
import { issueMessages } from './messages.js';

// Each sub-code's zh and en texts come from the table, so the issue carries the code only: the
// Chinese message never shows the code itself, and an unknown code is shown as it is.
describe('sub-codes worded by the message table', () => {
  it.each([
    'no-zip-signature',
    'no-zip-directory',
    'damaged-zip-directory',
    'truncated-entry',
    'unsupported-compression',
    'damaged-entry',
    'not-a-workbook',
    'damaged-workbook',
    'binary-content',
    'text-named-xlsx',
  ])('words why a spreadsheet is unreadable: %s', (reason) => {
    const text = issueMessages(
      makeIssue('spreadsheet-unreadable', 'error', [], { reason, entry: 'xl/a.xml', detail: 'x' }),
    );
    expect(text.zh).not.toContain(reason);
    expect(text.en).not.toContain(reason);
    expect(text.zh).toMatch(/^无法读取表格文件：\S/);
  });

  it('quotes the entry a zip refusal names', () => {
    const text = issueMessages(
      makeIssue('spreadsheet-limit-exceeded', 'error', [], {
        what: 'compression-ratio',
        entry: 'xl/worksheets/sheet1.xml',
        limit: 100,
        actual: 1000,
      }),
    );
    expect(text.zh).toContain('xl/worksheets/sheet1.xml 的压缩比 为 1000，上限 100');
    expect(text.en).toContain('compression ratio of xl/worksheets/sheet1.xml is 1000');
  });

  it.each([
    ['file-bytes', '文件字节数'],
    ['rows', '行数'],
    ['cells', '单元格数'],
    ['zip-entries', 'zip 条目数'],
    ['declared-bytes', '声明的解压后字节数'],
    ['uncompressed-bytes', '解压后字节数'],
  ])('names the limit %s in Chinese', (what, zh) => {
    const text = issueMessages(
      makeIssue('spreadsheet-limit-exceeded', 'error', [], { what, limit: 1, actual: 2 }),
    );
    expect(text.zh).toContain(`表格超出限制：${zh} 为 2`);
    expect(text.en).not.toContain('-');
  });

  it('words why an RDF value is unreadable, quoting what the sub-code names', () => {
    const at = { subject: 'https://e.org/d', property: 'https://e.org/p' };
    const concept = issueMessages(
      makeIssue('rdf-value-unreadable', 'error', [], {
        ...at,
        reason: 'not-a-concept',
        scheme: 'township-sections',
      }),
    );
    expect(concept.zh).toContain('不是 township-sections 代码表中的概念');
    expect(concept.en).toContain('not a concept of township-sections');
    const listed = issueMessages(
      makeIssue('rdf-value-unreadable', 'error', [], {
        ...at,
        reason: 'not-listed',
        member: 'https://e.org/x',
      }),
    );
    expect(listed.zh).toContain('未列出 <https://e.org/x>');
  });

  it('shows an unknown sub-code as it is rather than nothing', () => {
    const text = issueMessages(
      makeIssue('rdf-value-unreadable', 'error', [], { reason: 'newer-reason' }),
    );
    expect(text.zh).toContain('newer-reason');
  });

  it('advises on credentials, or quotes the service, when a SPARQL service refuses', () => {
    const credentials = issueMessages(
      makeIssue('sparql-endpoint-refused', 'error', [], {
        url: 'http://s/sparql',
        status: 401,
        reason: 'credentials',
      }),
    );
    expect(credentials.zh).toContain('QINGDAN_SPARQL_USER');
    const refused = issueMessages(
      makeIssue('sparql-endpoint-refused', 'error', [], {
        url: 'http://s/sparql',
        status: 400,
        reason: 'refused',
        answer: 'bad graph',
      }),
    );
    expect(refused.zh).toContain('（HTTP 400）：bad graph；');
    expect(refused.en).toContain('(HTTP 400): bad graph;');
  });

  it('quotes a SHACL shape’s own message in each language, the other when one is missing', () => {
    const both = issueMessages(
      makeIssue('shacl-violation', 'error', [], {
        shape: 'qds:S',
        'sh:message@en': 'needs an office',
        'sh:message@zh': '须有承办机构',
      }),
    );
    expect(both.zh).toContain('须有承办机构');
    expect(both.en).toContain('needs an office');
    const enOnly = issueMessages(
      makeIssue('shacl-violation', 'error', [], { shape: 'qds:S', 'sh:message@en': 'x only' }),
    );
    expect(enOnly.zh).toContain('x only');
  });
});
