import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { issuesOf, listOf } from '../../test/import-result.js';
import { importSpreadsheet, importSpreadsheetFile } from '../import/import-spreadsheet.js';
import { bundledProfiles } from './bundled.js';
import { parseProfile } from './parse-profile.js';
import { compilePattern, matchedLength } from './pattern.js';
import { profileSchema } from './profile.js';

const example = (name: string) =>
  fileURLToPath(new URL(`../../../../examples/spreadsheets/${name}`, import.meta.url));

describe('profiles', () => {
  it('imports the sample CSV with its profile: section, carried-down domains, extra column, list fields', async () => {
    const file = example('huangmei-basic.profile.yaml');
    const parsed = parseProfile(readFileSync(file, 'utf8'), file);
    if ('issue' in parsed) throw new Error(parsed.issue.code);
    const result = await importSpreadsheetFile(example('huangmei-basic.csv'), {
      profile: parsed.profile,
    });
    expect(result.ok).toBe(true);
    expect(issuesOf(result)).toEqual([]);
    const list = listOf(result);
    expect(list?.division.code).toBe('421127104');
    expect(list?.duties.map((d) => d.domain)).toEqual([
      'party-building',
      'party-building',
      'livelihood-services',
      'livelihood-services',
      'public-safety-rule-of-law',
      'urban-rural-construction',
    ]);
    expect(list?.duties[4]?.extraColumns).toEqual([
      { header: '备注', value: '=不是公式，只是文字' },
    ]);
  });

  it('reports a profile that names an unknown field, with the field at fault', () => {
    const parsed = parseProfile('columns:\n  责任单位: office\n', 'bad.yaml');
    expect('issue' in parsed && parsed.issue).toMatchObject({
      code: 'spreadsheet-profile-invalid',
      file: 'bad.yaml',
      path: ['columns', '责任单位'],
    });
  });

  it('bundles only valid profiles', () => {
    for (const profile of Object.values(bundledProfiles))
      expect(profileSchema.safeParse(profile).success).toBe(true);
  });

  it.each([
    [
      'a backreference',
      'section: basic\nskipRowsMatching: "(注)\\\\1"\n',
      2,
      ['skipRowsMatching'],
      'unsupported',
    ],
    [
      'a lookahead',
      "sheets:\n  - { match: '/(?=协助)/', section: assisting }\n",
      2,
      ['sheets', 0, 'match'],
      'unsupported',
    ],
    [
      'no regular expression at all',
      'skipRowsMatching: "[注"\n',
      1,
      ['skipRowsMatching'],
      'invalid',
    ],
    [
      'too many repetitions',
      'skipRowsMatching: "(注{1000}){1000}"\n',
      1,
      ['skipRowsMatching'],
      'too-complex',
    ],
  ])('refuses a pattern with %s, at its line', (_, text, row, path, problem) => {
    const parsed = parseProfile(text, 'p.yaml');
    expect('issue' in parsed && parsed.issue).toMatchObject({
      code: 'spreadsheet-profile-pattern-rejected',
      severity: 'error',
      file: 'p.yaml',
      row,
      path,
      params: { problem },
    });
  });

  it.each([
    ['^(a+)+$', 'imported'],
    ['(a|a)*$', 'skipped'],
    ['(\\w+\\s?)*$', 'skipped'],
  ])('matches %s against a hostile 50-character cell in linear time', async (pattern, fate) => {
    const parsed = parseProfile(`section: basic\nskipRowsMatching: '${pattern}'\n`, 'p.yaml');
    if ('issue' in parsed) throw new Error(parsed.issue.code);
    const csv = `事项名称,承办机构\n${'a'.repeat(50)}!,平安建设办公室\n`;
    const started = performance.now();
    const result = await importSpreadsheet(new TextEncoder().encode(csv), {
      file: 'hostile.csv',
      profile: parsed.profile,
    });
    const elapsed = performance.now() - started;
    const row = result.rows.find((r) => r.row === 2);
    expect(fate === 'skipped' ? row?.role : row?.status).toBe(
      fate === 'skipped' ? 'skipped' : 'imported-with-warnings',
    );
    // JavaScript's own engine takes minutes on 30 such characters; the bound is only slack.
    expect(elapsed).toBeLessThan(10_000);
  });

  it('never throws for a profile given as a value with a pattern that cannot be used', async () => {
    const csv = '事项名称,承办机构\n森林防火,平安建设办公室\n';
    const result = await importSpreadsheet(new TextEncoder().encode(csv), {
      file: 'list.csv',
      profile: { section: 'basic', skipRowsMatching: '[注', sheets: [{ match: '/(a)\\1/' }] },
    });
    expect(
      issuesOf(result).filter((i) => i.code === 'spreadsheet-profile-pattern-rejected'),
    ).toEqual([
      expect.objectContaining({
        path: ['sheets', 0, 'match'],
        params: expect.objectContaining({ problem: 'unsupported' }),
      }),
      expect.objectContaining({
        path: ['skipRowsMatching'],
        params: expect.objectContaining({ problem: 'invalid' }),
      }),
    ]);
    // An error about the file fails the import, yet every row is still read and reported.
    expect(result.ok).toBe(false);
    expect(result.rows.find((r) => r.row === 2)).toMatchObject({
      status: 'imported-with-warnings',
      name: '森林防火',
    });
  });

  it('matches only the start of a long cell', () => {
    const compiled = compilePattern('x$');
    expect(compiled.ok && compiled.test(`${'a'.repeat(matchedLength)}x`)).toBe(false);
    expect(compiled.ok && compiled.test(`${'a'.repeat(matchedLength - 1)}x`)).toBe(true);
  });
});
