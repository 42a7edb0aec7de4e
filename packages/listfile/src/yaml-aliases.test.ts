import { describe, expect, it } from 'vitest';
import { expansionPastLimit } from './alias-expansion.js';
import { readListText } from './read-list-text.js';

const header = `id: wuzu-2024
kind: township
title: 五祖镇履行职责事项清单
division: { code: "421127104", name: 五祖镇, level: township }
issuer: { name: 黄梅县人民政府 }
status: draft
offices:
  - { key: shsw, name: 社会事务办公室 }
  - { key: pajs, name: 平安建设办公室 }
`;

/** A list of `count` duties, the first naming its offices under an anchor, every other by alias. */
function reusingAnchor(count: number): string {
  const duties = ['duties:'];
  for (let i = 0; i < count; i++)
    duties.push(
      `  - section: basic`,
      `    key: JB-${i}`,
      `    name: 事项${i}`,
      i === 0 ? '    offices: &common [shsw, pajs]' : '    offices: *common',
    );
  return `${header}${duties.join('\n')}\n`;
}

/** The "billion laughs": nine levels of nine aliases, 9⁹ strings from a few hundred bytes. */
function billionLaughs(): string {
  const lines = ['id: &l0 lol', 'kind: township'];
  for (let level = 1; level <= 9; level++)
    lines.push(
      `l${level}: &l${level} [${Array(9)
        .fill(`*l${level - 1}`)
        .join(', ')}]`,
    );
  return `${lines.join('\n')}\n`;
}

describe('YAML aliases', () => {
  it('reads a list that reuses one anchor on each of 1,500 duties', () => {
    const result = readListText(reusingAnchor(1500), 'yaml', 'common.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.duties).toHaveLength(1500);
    expect(result.value.duties[1499]?.offices).toEqual(['shsw', 'pajs']);
  });

  it('turns a billion laughs into one located issue, not an exception', () => {
    const text = billionLaughs();
    const result = readListText(text, 'yaml', 'bomb.yaml');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    const [issue] = result.issues;
    expect(issue).toMatchObject({ code: 'alias-expansion-too-large', file: 'bomb.yaml' });
    // It points at the alias where the data passes the limit.
    const line = text.split('\n')[(issue?.line ?? 0) - 1] ?? '';
    expect(line.slice((issue?.column ?? 0) - 1)).toMatch(/^\*l\d/);
    expect(issue?.path.length).toBe(2);
  });

  it('bounds the data the aliases stand for, not how many there are', () => {
    // Two hundred aliases of one long text: few aliases, twenty million characters of data.
    const long = '很'.repeat(100_000);
    const text = `id: &s "${long}"\nkind: [${Array(200).fill('*s').join(', ')}]\n`;
    const result = readListText(text, 'yaml', 'wide.yaml');
    expect(!result.ok && result.issues[0]?.code).toBe('alias-expansion-too-large');
  });

  it('finds where the expanded data passes the limit, measuring each shared value once', () => {
    const leaf = ['abcdefgh'];
    const twice = [leaf, leaf];
    const data = { a: 'x', b: [twice, twice, twice] };
    expect(expansionPastLimit(data, 1_000)).toBeUndefined();
    expect(expansionPastLimit(data, 60)).toEqual(['b', 1]);
  });
});
