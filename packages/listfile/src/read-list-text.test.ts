import { describe, expect, it } from 'vitest';
import { readListText } from './read-list-text.js';

const yaml = `id: wuzu-2024
kind: township
title: 五祖镇履行职责事项清单
division: { code: "421127104", name: 五祖镇, level: township }
issuer: { name: 黄梅县人民政府 }
status: published
offices:
  - { key: shsw, name: 社会事务办公室 }
departments:
  - { key: yjj, name: 黄梅县应急管理局 }
duties:
  - section: cooperating
    key: PH-001
    name: 生产安全事故应急
    offices: [shsw]
`;

describe('reading list text', () => {
  it('locates an invariant issue at the line of the duty that breaks it', () => {
    const result = readListText(yaml, 'yaml', 'wuzu.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [issue] = result.issues;
    expect(issue).toMatchObject({
      code: 'cooperating-lead-department-missing',
      file: 'wuzu.yaml',
      line: 12,
      column: 5,
      invariant: 1,
    });
  });

  it('locates issues in JSON too', () => {
    const json = JSON.stringify(
      {
        id: 'x',
        kind: 'township',
        title: '清单',
        division: { code: '1', name: 'x', level: 'county' },
        issuer: { name: 'x' },
        status: 'draft',
      },
      null,
      2,
    );
    const result = readListText(json, 'json', 'x.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ path: ['division', 'code'], line: 6 });
  });

  it('reports broken YAML with its line, not a stack trace', () => {
    const result = readListText('id: x\nkind: [township\n', 'yaml', 'bad.yaml');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues[0]).toMatchObject({
        code: 'invalid-format',
        file: 'bad.yaml',
        line: expect.any(Number),
      });
  });

  it('reports broken JSON with its line', () => {
    const result = readListText('{\n  "id": "x",\n  oops\n}', 'json', 'bad.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'invalid-format', line: 3 });
  });

  it('refuses a YAML key given twice rather than keeping one silently', () => {
    const result = readListText(`${yaml}title: 另一个标题\n`, 'yaml', 'dup.yaml');
    expect(result.ok).toBe(false);
  });

  it('reads a file that starts with a byte order mark', () => {
    const fixed = yaml.replace(
      '    offices: [shsw]',
      '    offices: [shsw]\n    leadDepartments: [yjj]',
    );
    expect(readListText(`\uFEFF${fixed}`, 'yaml', 'bom.yaml').ok).toBe(true);
  });
});
